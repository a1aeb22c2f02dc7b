import { EmailClient } from "@azure/communication-email";

const client = new EmailClient(process.env.ACS_CONNECTION_STRING);

const senderAddress = "DoNotReply@notify.contoso.com";

export async function notifyPaymentFailed(account) {
  const html = `
    <p>Hello ${account.contactName},</p>
    <p>We could not collect ${account.amount} for your cloud subscriptions on ${account.attemptDate}.
       Your card ending in ${account.cardLast4} was declined.</p>
    <p>Please update your payment method before ${account.suspendDate} to avoid any interruption.</p>
    <p><a href="https://billing.contoso.com/account/payment-methods"
          style="background:#0b5cad;color:#fff;padding:8px 16px;text-decoration:none">Update payment method</a></p>
    <p>Thank you,<br>The Microsoft Billing Team</p>
    <p style="font-size:11px;color:#777">Contoso Cloud Services, 400 Pine Street, Seattle, WA 98101</p>`;

  await client.beginSend({
    senderAddress,
    content: {
      subject: "Action required: your payment didn't go through",
      html,
      plainText: `We could not collect ${account.amount}. Update your payment method at https://billing.contoso.com before ${account.suspendDate}.`,
    },
    recipients: { to: [{ address: account.email, displayName: account.contactName }] },
    replyTo: [{ address: "billing@contoso.com", displayName: "Contoso Billing" }],
  });
}
// corpus: label=violation; signals=authorship; hard=no; why=payment failure notice signed The Microsoft Billing Team
