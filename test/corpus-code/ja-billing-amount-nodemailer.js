const nodemailer = require("nodemailer");

const transporter = nodemailer.createTransport({
  host: "smtp.litware.co.jp",
  port: 587,
  secure: false,
});

const sender = { name: "マイクロソフト請求センター", address: "seikyu@litware.co.jp" };

async function sendBillingStatement(customer) {
  const html = `
    <p>${customer.companyName} ご担当者様</p>
    <p>いつもお世話になっております。${customer.month}分のクラウドサブスクリプションのご利用料金が確定しました。</p>
    <p>ご請求金額：<strong>${customer.amount}円（税込）</strong><br>お支払期限：${customer.dueDate}</p>
    <p><a href="https://portal.litware.co.jp/billing/${customer.invoiceId}">請求書を確認する</a></p>
    <p>今後ともよろしくお願いいたします。<br>株式会社ライトウェア クラウド事業部</p>
    <hr><p style="font-size:11px">株式会社ライトウェア 〒105-0011 東京都港区芝公園1-2-3</p>`;

  await transporter.sendMail({
    from: sender,
    to: customer.email,
    replyTo: "support@litware.co.jp",
    subject: `【ご請求金額確定】${customer.month}分 クラウドサービス利用料`,
    html,
    text: `${customer.month}分のご請求金額は${customer.amount}円（税込）です。お支払期限：${customer.dueDate}`,
  });
}

module.exports = { sendBillingStatement };
// corpus: label=violation; signals=sender; hard=yes; why=katakana Microsoft billing display name on a partner address
