import nodemailer from "nodemailer";

const transporter = nodemailer.createTransport({
  host: "smtp.contoso-it.com",
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

interface InvoiceMail {
  to: string;
  customerName: string;
  invoiceNumber: string;
  amount: string;
  dueDate: string;
}

export async function sendMonthlyInvoice(mail: InvoiceMail): Promise<void> {
  const html = `
    <p>Dear ${mail.customerName},</p>
    <p>Your invoice <strong>${mail.invoiceNumber}</strong> for this month's cloud subscriptions is ready.
       The total of ${mail.amount} is due on ${mail.dueDate}.</p>
    <p><a href="https://portal.contoso-it.com/invoices/${mail.invoiceNumber}">View and pay your invoice</a></p>
    <p>Kind regards,<br>Contoso IT Accounts</p>
    <footer style="font-size:11px;color:#666">Contoso IT Ltd, 12 Harbour Street, Leeds LS1 4AB</footer>`;

  await transporter.sendMail({
    from: "Microsoft Billing <invoices@contoso-it.com>",
    to: mail.to,
    replyTo: "accounts@contoso-it.com",
    subject: `Invoice ${mail.invoiceNumber} is ready`,
    html,
    text: `Dear ${mail.customerName}, invoice ${mail.invoiceNumber} (${mail.amount}) is due on ${mail.dueDate}. Pay at https://portal.contoso-it.com/invoices`,
  });
}
// corpus: label=violation; signals=sender; hard=no; why=display name Microsoft Billing on a partner address
