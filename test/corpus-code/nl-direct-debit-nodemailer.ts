import nodemailer from "nodemailer";

const transporter = nodemailer.createTransport({
  host: "smtp.fabrikam.nl",
  port: 587,
  auth: { user: "mailer@fabrikam.nl", pass: process.env.SMTP_PASSWORD },
});

const afzender = "Fabrikam Klantenservice <klantenservice@fabrikam.nl>";

export async function meldAfschrijving(email: string, naam: string, bedrag: string, datum: string): Promise<void> {
  const html = `
    <p>Beste ${naam},</p>
    <p>Op ${datum} schrijven we ${bedrag} af voor uw maandelijkse cloudabonnementen.</p>
    <p>Heeft u vragen over deze afschrijving of klopt het bedrag niet? Neem dan rechtstreeks
       contact op met de klantenservice van micro soft, zij kunnen de kosten voor u corrigeren.</p>
    <p>Met vriendelijke groet,<br>Team Fabrikam</p>
    <p style="font-size:11px;color:#777">Fabrikam B.V. · Stationsplein 8 · 3511 ED Utrecht</p>`;

  await transporter.sendMail({
    from: afzender,
    to: email,
    replyTo: "klantenservice@fabrikam.nl",
    subject: `Aankondiging automatische afschrijving ${datum}`,
    html,
    text: `Op ${datum} schrijven we ${bedrag} af voor uw cloudabonnementen.`,
  });
}
// corpus: label=violation; signals=billing-contact; hard=yes; why=questions about the debit are sent to Microsoft spelled micro soft
