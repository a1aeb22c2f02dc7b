import { Client } from "@microsoft/microsoft-graph-client";
import { getAccessToken } from "./auth.js";

const graph = Client.init({
  authProvider: (done) => {
    getAccessToken().then((token) => done(null, token)).catch((err) => done(err, null));
  },
});

export async function sendOverdueNotice(customer) {
  const payUrl = `https://billing.microsoft.com/pay?invoice=${customer.invoiceId}`;
  const content = `
    <p>Hi ${customer.name},</p>
    <p>Invoice ${customer.invoiceId} for your cloud subscriptions is now ${customer.daysOverdue} days overdue.
       The outstanding balance is ${customer.balance}.</p>
    <p><a href="${payUrl}" style="background:#107c10;color:#fff;padding:8px 14px">Settle your balance</a></p>
    <p>Best regards,<br>Contoso Accounts Receivable</p>
    <p style="font-size:11px;color:#666">Contoso Cloud Services, 400 Pine Street, Seattle, WA 98101</p>`;

  await graph.api("/users/billing@contoso.com/sendMail").post({
    message: {
      subject: `Overdue: invoice ${customer.invoiceId}`,
      body: { contentType: "HTML", content },
      from: { emailAddress: { address: "billing@contoso.com", name: "Contoso Accounts Receivable" } },
      toRecipients: [{ emailAddress: { address: customer.email, name: customer.name } }],
    },
  });
}
// corpus: label=violation; signals=billing-contact; hard=no; why=overdue invoice links to billing.microsoft.com to settle the balance
