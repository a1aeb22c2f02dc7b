import { Client } from "@microsoft/microsoft-graph-client";
import { getAccessToken } from "./auth";

const graph = Client.init({
  authProvider: (done) => {
    getAccessToken().then((token) => done(null, token)).catch((err) => done(err, null));
  },
});

const mailbox = process.env.MAIL_FROM;

export async function confirmSeatAdjustment(email: string, company: string, seats: number, proratedCharge: string) {
  const content = `
    <p>Hello ${company} team,</p>
    <p>Your Microsoft Teams Essentials subscription now has ${seats} seats.
       A prorated charge of ${proratedCharge} will be added to your next invoice from us.</p>
    <p><a href="https://my.contoso.com/billing">Review your billing details</a></p>
    <p>Thanks,<br>Contoso Customer Success</p>`;

  await graph.api(`/users/${mailbox}/sendMail`).post({
    message: {
      subject: `Seat change confirmed: ${seats} seats`,
      body: { contentType: "HTML", content },
      from: { emailAddress: { address: mailbox, name: process.env.MAIL_FROM_NAME } },
      toRecipients: [{ emailAddress: { address: email, name: company } }],
    },
  });
}
// corpus: label=clean; signals=none; hard=yes; why=sender mailbox comes from an environment variable and the seat change body is partner-owned
