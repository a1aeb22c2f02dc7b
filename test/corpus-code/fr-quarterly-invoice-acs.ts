import { EmailClient } from "@azure/communication-email";

const client = new EmailClient(process.env.ACS_CONNECTION_STRING ?? "");

interface FactureTrimestre {
  email: string;
  societe: string;
  numero: string;
  montant: string;
  echeance: string;
}

export async function envoyerFactureTrimestrielle(f: FactureTrimestre): Promise<void> {
  const html = `
    <p>Bonjour,</p>
    <p>Veuillez trouver la facture ${f.numero} de ${f.societe} pour vos abonnements Microsoft 365
       Business Basic du trimestre écoulé, d'un montant de ${f.montant}, payable avant le ${f.echeance}.</p>
    <p><a href="https://espace-client.northwind.fr/factures/${f.numero}">Régler ma facture Northwind</a></p>
    <p>Cordialement,<br>Le service facturation Northwind</p>`;

  await client.beginSend({
    senderAddress: process.env.MAIL_FROM ?? "",
    content: {
      subject: `Facture ${f.numero} - abonnements du trimestre`,
      html,
      plainText: `Facture ${f.numero} : ${f.montant}, à régler avant le ${f.echeance} sur espace-client.northwind.fr.`,
    },
    recipients: { to: [{ address: f.email, displayName: f.societe }] },
    replyTo: [{ address: "facturation@northwind.fr", displayName: "Northwind Facturation" }],
  });
}
// corpus: label=clean; signals=none; hard=yes; why=sender comes from an environment variable and the invoice body is partner-owned
