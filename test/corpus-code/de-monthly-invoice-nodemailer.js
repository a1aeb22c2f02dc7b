const nodemailer = require("nodemailer");

const transporter = nodemailer.createTransport({ host: "mail.adatum.de", port: 465, secure: true });

const markenhinweis =
  "Microsoft, Microsoft 365 und Azure sind Marken der Microsoft-Unternehmensgruppe.";

async function sendeMonatsrechnung(kunde) {
  const html = `
    <p>Guten Tag ${kunde.ansprechpartner},</p>
    <p>anbei erhalten Sie unsere Rechnung ${kunde.rechnungsnummer} für Ihre Microsoft 365-Abonnements
       im ${kunde.monat}. Der Betrag von ${kunde.betrag} wird per SEPA-Lastschrift eingezogen.</p>
    <p><a href="https://kunden.adatum.de/rechnungen">Alle Rechnungen im Adatum Kundenportal</a></p>
    <p>Bei Fragen zur Rechnung erreichen Sie uns unter 0711 123456.</p>
    <p>Mit freundlichen Grüßen<br>Ihr Adatum Abrechnungsteam</p>
    <p style="font-size:10px;color:#888">Adatum Systemhaus GmbH · Königstraße 20 · 70173 Stuttgart<br>${markenhinweis}</p>`;

  await transporter.sendMail({
    from: "Adatum Abrechnung <rechnung@adatum.de>",
    to: kunde.email,
    replyTo: "abrechnung@adatum.de",
    subject: `Ihre Rechnung ${kunde.rechnungsnummer} (${kunde.monat})`,
    html,
    text: `Rechnung ${kunde.rechnungsnummer}: ${kunde.betrag}, Einzug per SEPA-Lastschrift. ${markenhinweis}`,
  });
}

module.exports = { sendeMonatsrechnung };
// corpus: label=clean; signals=none; hard=yes; why=partner invoice with a Microsoft trademark notice in the footer
