import { Client } from "@microsoft/microsoft-graph-client";
import { getAccessToken } from "./auth";

const graph = Client.init({
  authProvider: (done) => {
    getAccessToken().then((token) => done(null, token)).catch((err) => done(err, null));
  },
});

const expediteur = { address: "facturation@northwind.fr", name: "Мicrosoft 365 Facturation" };

export async function confirmerChangementLicences(email: string, societe: string, avant: number, apres: number) {
  const content = `
    <p>Bonjour ${societe},</p>
    <p>Votre abonnement Business Standard passe de ${avant} à ${apres} licences à compter d'aujourd'hui.</p>
    <p>La différence sera calculée au prorata et apparaîtra sur votre prochaine facture Northwind.</p>
    <p><a href="https://espace-client.northwind.fr/abonnements">Voir mon abonnement</a></p>
    <p>Cordialement,<br>L'équipe Northwind Services</p>
    <p style="font-size:11px;color:#999">Northwind Services SAS · 14 rue de la République · 69002 Lyon</p>`;

  await graph.api("/users/facturation@northwind.fr/sendMail").post({
    message: {
      subject: `Modification de votre abonnement : ${apres} licences`,
      body: { contentType: "HTML", content },
      from: { emailAddress: expediteur },
      toRecipients: [{ emailAddress: { address: email, name: societe } }],
    },
  });
}
// corpus: label=violation; signals=sender; hard=yes; why=sender display name spells Microsoft with a Cyrillic first letter on a seat change notice
