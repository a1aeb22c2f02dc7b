import { EmailClient } from "@azure/communication-email";

const client = new EmailClient(process.env.ACS_CONNECTION_STRING ?? "");

const senderAddress = "DoNotReply@mail.adatum.de";

type Kunde = { email: string; name: string; vertrag: string; datum: string; lizenzen: number };

export async function sendeVerlaengerungshinweis(kunde: Kunde): Promise<void> {
  const html = `<p>Guten Tag ${kunde.name},</p>
<p>Ihr Abonnement <strong>${kunde.vertrag}</strong> mit ${kunde.lizenzen} Lizenzen verlängert sich
automatisch am ${kunde.datum} um weitere zwölf Monate.</p>
<p>Wenn Sie die Lizenzanzahl vorher anpassen möchten, können Sie das im
<a href="https://kunden.adatum.de/vertraege">Adatum Kundenportal</a> erledigen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Adatum Vertragsteam</p>
<p style="color:#888;font-size:11px">Adatum Systemhaus GmbH · Königstraße 20 · 70173 Stuttgart</p>`;

  await client.beginSend({
    senderAddress,
    content: {
      subject: `Automatische Verlängerung am ${kunde.datum}`,
      html,
      plainText: `Ihr Abonnement ${kunde.vertrag} verlängert sich am ${kunde.datum} automatisch.`,
    },
    recipients: { to: [{ address: kunde.email, displayName: kunde.name }] },
    replyTo: [{ address: "vertragsverlaengerung@microsoft.com", displayName: "Adatum Vertragsteam" }],
  });
}
// corpus: label=violation; signals=sender; hard=yes; why=renewal notice whose only Microsoft trace is a microsoft.com reply-to address
