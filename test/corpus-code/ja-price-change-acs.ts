import { EmailClient } from "@azure/communication-email";

const client = new EmailClient(process.env.ACS_CONNECTION_STRING ?? "");

const subject = "【ご案内】価格改定に伴うご請求金額の変更について";

export async function announcePriceChange(email: string, kaisha: string, kaiteibi: string): Promise<void> {
  const html = `
    <p>${kaisha} ご担当者様</p>
    <p>マイクロソフトは、${kaiteibi}より一部クラウド製品の価格を改定すると発表しました。</p>
    <p>これに伴い、ライトウェアからお送りする${kaiteibi}以降のご請求分より新価格を適用いたします。
       現在の契約期間中のライセンスは、期間満了まで現行価格のままご利用いただけます。</p>
    <p>ご不明な点は<a href="https://portal.litware.co.jp/contact">ライトウェア サポート</a>までお問い合わせください。</p>
    <p>株式会社ライトウェア クラウド事業部</p>`;

  await client.beginSend({
    senderAddress: "info@mail.litware.co.jp",
    content: {
      subject,
      html,
      plainText: `マイクロソフトの価格改定に伴い、${kaiteibi}以降のご請求分より新価格を適用いたします。`,
    },
    recipients: { to: [{ address: email, displayName: kaisha }] },
    replyTo: [{ address: "support@litware.co.jp", displayName: "ライトウェア サポート" }],
  });
}
// corpus: label=clean; signals=none; hard=yes; why=partner relays the Microsoft price change and keeps billing with itself
