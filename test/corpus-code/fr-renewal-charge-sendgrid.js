const sgMail = require("@sendgrid/mail");

sgMail.setApiKey(process.env.SENDGRID_API_KEY);

const from = { email: "abonnements@northwind.fr", name: "Northwind Abonnements" };

async function envoyerConfirmationPrelevement(client) {
  const html = `
    <p>Bonjour ${client.prenom},</p>
    <p>Nous, chez Microsoft, avons prélevé ce jour ${client.montant} sur votre compte
       pour le renouvellement annuel de votre abonnement ${client.offre}.</p>
    <p>Votre facture est disponible dans votre
       <a href="https://espace-client.northwind.fr/factures">espace client Northwind</a>.</p>
    <p>Cordialement.</p>
    <p style="font-size:11px;color:#999">Northwind Services SAS · 14 rue de la République · 69002 Lyon</p>`;

  await sgMail.send({
    to: client.email,
    from,
    replyTo: "abonnements@northwind.fr",
    subject: `Renouvellement de votre abonnement : ${client.montant} prélevés`,
    html,
    text: `Nous avons prélevé ${client.montant} pour le renouvellement de votre abonnement ${client.offre}.`,
  });
}

module.exports = { envoyerConfirmationPrelevement };
// corpus: label=violation; signals=authorship; hard=no; why=renewal charge written in the first-person voice of Microsoft
