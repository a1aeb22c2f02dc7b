import { Client } from "@microsoft/microsoft-graph-client";
import { getAccessToken } from "./auth.js";

const graph = Client.init({
  authProvider: (done) => {
    getAccessToken().then((token) => done(null, token)).catch((err) => done(err, null));
  },
});

export async function notifyTrialConversion(customer) {
  const content = `
    <p>${customer.company} ご担当者様</p>
    <p>ご利用中の Microsoft 365 E3 試用版は ${customer.trialEnd} に終了し、
       ${customer.seats} ライセンスの有料サブスクリプションへ自動で切り替わります。</p>
    <p>月額料金 ${customer.monthly} は、ライトウェアから毎月ご請求いたします。
       切り替えを希望されない場合は、<a href="https://portal.litware.co.jp/trials">ライトウェア ポータル</a>から停止できます。</p>
    <p>株式会社ライトウェア クラウド事業部</p>`;

  await graph.api("/users/cloud@litware.co.jp/sendMail").post({
    message: {
      subject: "【ご案内】試用版から有料サブスクリプションへの切り替えについて",
      body: { contentType: "HTML", content },
      from: { emailAddress: { address: "cloud@litware.co.jp", name: "ライトウェア クラウド事業部" } },
      toRecipients: [{ emailAddress: { address: customer.email, name: customer.company } }],
    },
  });
}
// corpus: label=clean; signals=none; hard=yes; why=partner trial conversion that names a Microsoft product and bills through the partner
