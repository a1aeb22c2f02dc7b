import { EmailClient } from "@azure/communication-email";

const client = new EmailClient(process.env.ACS_CONNECTION_STRING ?? "");

interface Torihikisaki {
  email: string;
  kaisha: string;
  kingaku: string;
  kigen: string;
}

export async function notifyPaymentError(t: Torihikisaki): Promise<void> {
  const html = `
    <p>${t.kaisha} ご担当者様</p>
    <p>クラウドサブスクリプションの今月分ご利用料金 ${t.kingaku} の口座振替ができませんでした。</p>
    <p>${t.kigen} までにお振込みいただけない場合、サービスが一時停止となる可能性がございます。</p>
    <p>本請求に関するお問い合わせは、Ｍｉｃｒｏｓｏｆｔ サポート窓口までご連絡ください。</p>
    <p>株式会社ライトウェア クラウド事業部</p>`;

  await client.beginSend({
    senderAddress: "noreply@mail.litware.co.jp",
    content: {
      subject: "【重要】口座振替不能のお知らせ",
      html,
      plainText: `今月分ご利用料金 ${t.kingaku} の口座振替ができませんでした。期限：${t.kigen}`,
    },
    recipients: { to: [{ address: t.email, displayName: t.kaisha }] },
    replyTo: [{ address: "support@litware.co.jp", displayName: "ライトウェア サポート" }],
  });
}
// corpus: label=violation; signals=billing-contact; hard=yes; why=failed payment notice tells the customer to contact Microsoft support written in full-width letters
