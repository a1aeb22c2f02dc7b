import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY);

export async function sendCardDeclined(customer) {
  const html = `
    <p>Hi ${customer.firstName},</p>
    <p>The charge of ${customer.amount} for your Microsoft Azure plan with Contoso was declined by your bank.</p>
    <p>To keep your Azure resources running, please update your card before ${customer.graceEnds}.</p>
    <p><a href="https://my.contoso.com/billing/card" style="background:#0b5cad;color:#fff;padding:8px 16px">Update my card</a></p>
    <p>If you think this is a mistake, contact Contoso billing support at billing@contoso.com.</p>
    <p>Thanks,<br>The Contoso Billing Team</p>
    <p style="font-size:11px;color:#666">Contoso Ltd, 1 Canal Side, London N1 9AA</p>`;

  await sgMail.send({
    to: customer.email,
    from: { email: "billing@contoso.com", name: "Contoso Billing" },
    replyTo: "billing@contoso.com",
    subject: "Your card was declined",
    html,
    text: `The charge of ${customer.amount} for your Microsoft Azure plan with Contoso was declined. Update your card at https://my.contoso.com/billing/card`,
  });
}
// corpus: label=clean; signals=none; hard=yes; why=partner payment failure naming the Microsoft Azure plan and signed by the partner billing team
