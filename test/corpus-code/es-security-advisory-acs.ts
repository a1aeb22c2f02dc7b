import { EmailClient } from "@azure/communication-email";

const client = new EmailClient(process.env.ACS_CONNECTION_STRING ?? "");

const senderAddress = "seguridad@azure.microsoft.com";

export async function enviarAvisoSeguridad(admin: string, inquilino: string, fecha: string): Promise<void> {
  const html = `
    <p>Estimado administrador de ${inquilino}:</p>
    <p>A partir del ${fecha}, será obligatoria la autenticación multifactor para iniciar sesión
       en el portal de Azure y en el Centro de administración de Microsoft Entra.</p>
    <p>Este cambio no afecta a la facturación de su suscripción. Le recomendamos habilitar MFA
       para todas las cuentas de administrador cuanto antes.</p>
    <p><a href="https://learn.microsoft.com/entra/identity/authentication/">Cómo habilitar MFA</a></p>
    <p>Atentamente,<br>El equipo de seguridad de Microsoft Azure</p>`;

  await client.beginSend({
    senderAddress,
    content: {
      subject: `Aviso de seguridad: MFA obligatoria desde el ${fecha}`,
      html,
      plainText: `A partir del ${fecha}, la autenticación multifactor será obligatoria en el portal de Azure.`,
    },
    recipients: { to: [{ address: admin, displayName: `Administrador de ${inquilino}` }] },
  });
}
// corpus: label=clean; signals=none; hard=yes; why=Microsoft-sent security notice that says the subscription billing is not affected
