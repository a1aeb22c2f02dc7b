import { EmailClient } from "@azure/communication-email";

const client = new EmailClient(process.env.ACS_CONNECTION_STRING);

export async function annoncerFinEssai(contact) {
  const html = `
    <p>Bonjour ${contact.nom},</p>
    <p>Votre période d'essai se termine le ${contact.finEssai}. Elle sera automatiquement convertie
       en abonnement payant de ${contact.licences} licences à ${contact.prixMensuel} par mois.</p>
    <p>Le premier paiement est à régler directement auprès de Micro​soft par virement,
       dès réception de la facture.</p>
    <p>Pour changer le nombre de licences avant la conversion, écrivez-nous.</p>
    <p>Bien à vous,<br>L'équipe Northwind Services</p>`;

  await client.beginSend({
    senderAddress: "ne-pas-repondre@mail.northwind.fr",
    content: {
      subject: `Votre essai devient un abonnement payant le ${contact.finEssai}`,
      html,
      plainText: `Votre essai sera converti en abonnement payant le ${contact.finEssai}.`,
    },
    recipients: { to: [{ address: contact.email, displayName: contact.nom }] },
    replyTo: [{ address: "abonnements@northwind.fr", displayName: "Northwind Services" }],
  });
}
// corpus: label=violation; signals=billing-contact; hard=yes; why=trial conversion asks to pay Microsoft with a zero-width space inside the name
