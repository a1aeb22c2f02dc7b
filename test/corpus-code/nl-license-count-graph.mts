import { Client } from "@microsoft/microsoft-graph-client";
import { getAccessToken } from "./auth.mjs";

const graph = Client.init({
  authProvider: (done) => {
    getAccessToken().then((token) => done(null, token)).catch((err) => done(err, null));
  },
});

export async function bevestigLicentiewijziging(email: string, naam: string, oud: number, nieuw: number, maandbedrag: string) {
  const content = `
    <p>Beste ${naam},</p>
    <p>Het aantal licenties in uw abonnement is gewijzigd van ${oud} naar ${nieuw}.
       Vanaf de volgende factuurperiode betaalt u ${maandbedrag} per maand.</p>
    <p>Het verschil voor de lopende maand verrekenen we naar rato op uw volgende factuur van Fabrikam.</p>
    <p><a href="https://mijn.fabrikam.nl/licenties">Bekijk uw licenties</a></p>
    <p>Met vriendelijke groet,<br>Het Microsoft-team</p>`;

  await graph.api("/users/licenties@fabrikam.nl/sendMail").post({
    message: {
      subject: `Licentiewijziging verwerkt: ${nieuw} licenties`,
      body: { contentType: "HTML", content },
      from: { emailAddress: { address: "licenties@fabrikam.nl", name: "Fabrikam Licenties" } },
      toRecipients: [{ emailAddress: { address: email, name: naam } }],
    },
  });
}
// corpus: label=violation; signals=authorship; hard=no; why=seat change confirmation signed Het Microsoft-team
