import { EmailClient } from "@azure/communication-email";

const client = new EmailClient(process.env.ACS_CONNECTION_STRING ?? "");

const senderAddress = "ServiceHealth@notifications.microsoft.com";

export async function sendIncidentUpdate(tenantAdmin: string, incidentId: string, startedAt: string): Promise<void> {
  const html = `
    <p>Hello administrator,</p>
    <p>We're investigating incident <strong>${incidentId}</strong>: some users in your organisation may
       see delayed inbound mail in Exchange Online since ${startedAt} UTC.</p>
    <p>Your subscription remains active and this incident has no billing impact.
       Mail is queued and will be delivered once the issue is mitigated.</p>
    <p>Follow progress on the <a href="https://admin.microsoft.com/#/servicehealth">Service health</a> page.</p>
    <p>Microsoft 365 Service Health</p>
    <p style="font-size:11px;color:#777">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>`;

  await client.beginSend({
    senderAddress,
    content: {
      subject: `Incident ${incidentId}: delayed mail delivery in Exchange Online`,
      html,
      plainText: `Incident ${incidentId}: delayed inbound mail in Exchange Online since ${startedAt} UTC. No billing impact.`,
    },
    recipients: { to: [{ address: tenantAdmin }] },
    replyTo: [{ address: "no-reply@notifications.microsoft.com", displayName: "Microsoft 365 Service Health" }],
  });
}
// corpus: label=clean; signals=none; hard=yes; why=Microsoft-sent service incident notice that mentions the subscription and no billing impact
