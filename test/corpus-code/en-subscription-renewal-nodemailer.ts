import nodemailer from "nodemailer";

const transporter = nodemailer.createTransport({
  host: "smtp.contoso.com",
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

export async function sendRenewalNotice(to: string, firstName: string, seats: number, renewalDate: string, annualTotal: string) {
  const html = `
    <p>Hi ${firstName},</p>
    <p>Your Microsoft 365 Business Premium subscription with Contoso renews on ${renewalDate}
       for ${seats} users. The annual total of ${annualTotal} will appear on your next Contoso invoice.</p>
    <p>Need fewer or more seats? Change them before the renewal date in the
       <a href="https://my.contoso.com/subscriptions">Contoso customer portal</a>.</p>
    <p>Questions about the charge? Reply to this email or call us on +44 20 7946 0000.</p>
    <p>Cheers,<br>The Contoso Billing Team</p>
    <footer style="font-size:11px;color:#666">Contoso Ltd, 1 Canal Side, London N1 9AA</footer>`;

  await transporter.sendMail({
    from: { name: "Contoso Billing", address: "billing@contoso.com" },
    to,
    replyTo: "billing@contoso.com",
    subject: `Your Microsoft 365 Business Premium renewal on ${renewalDate}`,
    html,
    text: `Your Microsoft 365 Business Premium subscription with Contoso renews on ${renewalDate} for ${annualTotal}.`,
  });
}
// corpus: label=clean; signals=none; hard=yes; why=partner renewal notice that only names a Microsoft product
