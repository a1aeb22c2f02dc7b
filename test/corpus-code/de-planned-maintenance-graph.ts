import { Client } from "@microsoft/microsoft-graph-client";
import { getAccessToken } from "./auth";

const graph = Client.init({
  authProvider: (done) => {
    getAccessToken().then((token) => done(null, token)).catch((err) => done(err, null));
  },
});

export async function kuendigeWartungAn(empfaenger: string, abonnementId: string, fenster: string): Promise<void> {
  const content = `
    <p>Sehr geehrte Administratorin, sehr geehrter Administrator,</p>
    <p>für Azure SQL-Datenbank in der Region Westeuropa ist im Zeitraum ${fenster} eine geplante
       Wartung vorgesehen. Ressourcen in Ihrem Abonnement ${abonnementId} können kurzzeitig neu starten.</p>
    <p>Die Wartung hat keine Auswirkungen auf Ihre Abrechnung. Details finden Sie unter
       <a href="https://portal.azure.com/#blade/Microsoft_Azure_Health/AzureHealthBrowseBlade">Azure Service Health</a>.</p>
    <p>Ihr Microsoft Azure-Team</p>`;

  await graph.api("/users/wartung@microsoft.com/sendMail").post({
    message: {
      subject: `Geplante Wartung: Azure SQL-Datenbank, ${fenster}`,
      body: { contentType: "HTML", content },
      from: { emailAddress: { address: "wartung@microsoft.com", name: "Microsoft Azure Wartung" } },
      toRecipients: [{ emailAddress: { address: empfaenger } }],
    },
  });
}
// corpus: label=clean; signals=none; hard=yes; why=Microsoft-sent maintenance notice from microsoft.com that says there is no billing impact
