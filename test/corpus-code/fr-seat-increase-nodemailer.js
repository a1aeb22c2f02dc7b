import nodemailer from "nodemailer";

const transporter = nodemailer.createTransport({
  host: "smtp.northwind.fr",
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

const from = "Northwind Licences <licences@northwind.fr>";

export async function confirmerAjoutLicences(client) {
  const html = `
    <p>Bonjour ${client.prenom},</p>
    <p>Nous avons ajouté ${client.ajout} licences Microsoft 365 E3 à votre abonnement Northwind.
       Le complément de ${client.montant} figurera sur votre prochaine facture Northwind.</p>
    <p>Vous pouvez dès maintenant attribuer ces licences à vos utilisateurs dans le
       <a href="https://admin.microsoft.com/#/licenses">Centre d'administration Microsoft 365</a>.</p>
    <p>Pour toute question sur la facturation, contactez-nous au 04 72 00 00 00.</p>
    <p>Cordialement,<br>L'équipe Northwind Licences</p>`;

  await transporter.sendMail({
    from,
    to: client.email,
    replyTo: "licences@northwind.fr",
    subject: `${client.ajout} licences ajoutées à votre abonnement`,
    html,
    text: `${client.ajout} licences ajoutées. Attribuez-les dans le Centre d'administration Microsoft 365.`,
  });
}
// corpus: label=clean; signals=none; hard=yes; why=partner seat increase that points to the Microsoft 365 admin center for license assignment
