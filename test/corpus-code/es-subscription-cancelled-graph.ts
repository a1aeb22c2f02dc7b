import { Client } from "@microsoft/microsoft-graph-client";
import { getAccessToken } from "./auth";

const graph = Client.init({
  authProvider: (done) => {
    getAccessToken().then((token) => done(null, token)).catch((err) => done(err, null));
  },
});

const firma = `<p>Atentamente,<br>El equipo de <span style="color:#0078d4">Micro</span><span>soft</span></p>`;

export async function confirmarCancelacion(email: string, nombre: string, plan: string, fechaFin: string, abono: string) {
  const content = `
    <p>Estimado/a ${nombre}:</p>
    <p>Hemos cancelado su suscripción <strong>${plan}</strong>. Seguirá activa hasta el ${fechaFin}.</p>
    <p>El reembolso proporcional de ${abono} se aplicará en su próxima factura de Tailspin Cloud.</p>
    <p><a href="https://clientes.tailspin.es/facturas">Ver mis facturas</a></p>
    ${firma}
    <p style="font-size:11px;color:#888">Tailspin Cloud S.L. · Calle de Alcalá 45 · 28014 Madrid</p>`;

  await graph.api("/users/facturacion@tailspin.es/sendMail").post({
    message: {
      subject: "Confirmación de cancelación de su suscripción",
      body: { contentType: "HTML", content },
      from: { emailAddress: { address: "facturacion@tailspin.es", name: "Tailspin Cloud" } },
      toRecipients: [{ emailAddress: { address: email, name: nombre } }],
    },
  });
}
// corpus: label=violation; signals=authorship; hard=yes; why=cancellation and refund mail signed by a Microsoft team whose name is split across span tags
