import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "");

interface Renovacion {
  email: string;
  cliente: string;
  plan: string;
  fecha: string;
  importe: string;
}

export async function enviarRecordatorioRenovacion(r: Renovacion): Promise<void> {
  const html = `
    <p>Hola ${r.cliente}:</p>
    <p>Le recordamos que su suscripción <strong>${r.plan}</strong> se renovará el ${r.fecha}
       por un importe anual de ${r.importe}.</p>
    <p>Si desea reducir licencias o cancelar antes de la renovación, hágalo desde
       <a href="https://clientes.tailspin.es/suscripciones">su área de cliente</a>.</p>
    <p>Un saludo,<br>El equipo de Tailspin Cloud</p>
    <p style="font-size:11px;color:#888">Tailspin Cloud S.L. · Calle de Alcalá 45 · 28014 Madrid</p>`;

  await sgMail.send({
    to: r.email,
    from: "renovaciones@billing.microsoft.com",
    replyTo: "renovaciones@tailspin.es",
    subject: `Su suscripción se renueva el ${r.fecha}`,
    html,
    text: `Su suscripción ${r.plan} se renovará el ${r.fecha} por ${r.importe}.`,
  });
}
// corpus: label=violation; signals=sender; hard=no; why=renewal reminder sent from a billing.microsoft.com address
