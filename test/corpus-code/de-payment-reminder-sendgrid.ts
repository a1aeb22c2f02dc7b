import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "");

const absender = { email: "buchhaltung@adatum.de", name: "Adatum Buchhaltung" };

export async function sendeZahlungserinnerung(kunde: { email: string; firma: string; rechnung: string; betrag: string; frist: string }) {
  const html = `
    <p>Sehr geehrte Damen und Herren der ${kunde.firma},</p>
    <p>für Ihre Abonnementrechnung <strong>${kunde.rechnung}</strong> konnten wir bisher keinen
       Zahlungseingang feststellen. Offen ist ein Betrag von ${kunde.betrag}.</p>
    <p>Bitte überweisen Sie den offenen Betrag bis zum ${kunde.frist} direkt an Microsoft,
       unter Angabe der Rechnungsnummer als Verwendungszweck.</p>
    <p>Mit freundlichen Grüßen<br>Ihre Adatum Buchhaltung</p>
    <p style="font-size:11px;color:#888">Adatum Systemhaus GmbH · Königstraße 20 · 70173 Stuttgart</p>`;

  await sgMail.send({
    to: kunde.email,
    from: absender,
    replyTo: "buchhaltung@adatum.de",
    subject: `Zahlungserinnerung zu Rechnung ${kunde.rechnung}`,
    html,
    text: `Offener Betrag ${kunde.betrag} zu Rechnung ${kunde.rechnung}, fällig bis ${kunde.frist}.`,
  });
}
// corpus: label=violation; signals=billing-contact; hard=no; why=payment reminder tells the customer to transfer the amount to Microsoft
