import { Client } from "@microsoft/microsoft-graph-client";
import { getAccessToken } from "./auth.js";

const graph = Client.init({
  authProvider: (done) => {
    getAccessToken().then((token) => done(null, token)).catch((err) => done(err, null));
  },
});

const onderwerp = "Prijswijziging Microsoft Teams per 1 april";

export async function meldPrijswijziging(klant) {
  const content = `
    <p>Beste ${klant.naam},</p>
    <p>Microsoft verhoogt per 1 april de catalogusprijs van Microsoft Teams Essentials.
       Fabrikam houdt uw huidige prijs vast tot het einde van uw looptijd op ${klant.einddatum}.</p>
    <p>Daarna ziet u de nieuwe prijs op uw factuur van Fabrikam. Wilt u overstappen naar een jaarcontract
       om de prijs langer vast te zetten? <a href="https://mijn.fabrikam.nl/contract">Bekijk de opties</a>.</p>
    <p>Met vriendelijke groet,<br>Het Fabrikam-team</p>`;

  await graph.api("/users/accountbeheer@fabrikam.nl/sendMail").post({
    message: {
      subject: onderwerp,
      body: { contentType: "HTML", content },
      from: { emailAddress: { address: "accountbeheer@fabrikam.nl", name: "Fabrikam Accountbeheer" } },
      toRecipients: [{ emailAddress: { address: klant.email, name: klant.naam } }],
    },
  });
}
// corpus: label=clean; signals=none; hard=yes; why=partner relays Microsoft list price news and keeps invoicing itself
