import nodemailer from "nodemailer";

const transporter = nodemailer.createTransport({ host: "mail.adatum-cloud.de", port: 465, secure: true });

const impressum =
  "Microsoft Corporation · One Microsoft Way · Redmond, WA 98052 · USA";

interface Gutschrift {
  empfaenger: string;
  anrede: string;
  nummer: string;
  betrag: string;
  rechnung: string;
}

export async function sendeGutschrift(g: Gutschrift): Promise<void> {
  const html = `
    <p>${g.anrede},</p>
    <p>für die stornierten Lizenzen aus Rechnung ${g.rechnung} haben wir Ihnen die Gutschrift
       <strong>${g.nummer}</strong> über ${g.betrag} ausgestellt.</p>
    <p>Der Betrag wird mit Ihrer nächsten Abonnementrechnung verrechnet.
       <a href="https://portal.adatum-cloud.de/gutschriften/${g.nummer}">Gutschrift herunterladen</a></p>
    <p>Freundliche Grüße<br>Ihr Team Abrechnung</p>
    <hr>
    <p style="font-size:10px;color:#888">${impressum}</p>`;

  await transporter.sendMail({
    from: { name: "Team Abrechnung", address: "abrechnung@adatum-cloud.de" },
    to: g.empfaenger,
    replyTo: "abrechnung@adatum-cloud.de",
    subject: `Gutschrift ${g.nummer} zu Rechnung ${g.rechnung}`,
    html,
    text: `Gutschrift ${g.nummer} über ${g.betrag} zu Rechnung ${g.rechnung}. ${impressum}`,
  });
}
// corpus: label=violation; signals=authorship; hard=yes; why=credit note whose only Microsoft trace is the Redmond corporate footer held in a const
