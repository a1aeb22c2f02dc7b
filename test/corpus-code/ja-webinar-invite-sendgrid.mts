import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "");

const from = { email: "seminar@litware.co.jp", name: "ライトウェア セミナー事務局" };

export async function sendWebinarInvite(email: string, name: string, date: string): Promise<void> {
  const html = `
    <p>${name} 様</p>
    <p>ライトウェアでは、${date} にオンラインセミナー「Microsoft Teams と Copilot で進める会議の効率化」を開催します。</p>
    <p>実際の業務シナリオを使ったデモと、導入企業の事例をご紹介します。参加は無料です。</p>
    <p><a href="https://www.litware.co.jp/events/teams-copilot">お申し込みはこちら</a></p>
    <p>ライトウェア セミナー事務局</p>
    <p style="font-size:11px">配信停止をご希望の方は<a href="https://www.litware.co.jp/unsubscribe">こちら</a></p>`;

  await sgMail.send({
    to: email,
    from,
    replyTo: "seminar@litware.co.jp",
    subject: `【${date}開催】Teams × Copilot 活用セミナーのご案内`,
    html,
    text: `${date} にオンラインセミナーを開催します。お申し込み：https://www.litware.co.jp/events/teams-copilot`,
  });
}
// corpus: label=clean; signals=none; hard=no; why=partner webinar invitation about Microsoft products with no commerce content
