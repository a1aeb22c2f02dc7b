const sgMail = require("@sendgrid/mail");

sgMail.setApiKey(process.env.SENDGRID_API_KEY);

const remitente = { email: "facturacion@tailspin.es", name: "Tailspin Cloud Facturación" };

async function enviarFacturaConsumo(cliente) {
  const html = `
    <p>Hola ${cliente.nombre}:</p>
    <p>Ya está disponible la factura ${cliente.factura} del consumo de Azure de ${cliente.mes}:
       <strong>${cliente.importe}</strong>, que cargaremos en su cuenta el ${cliente.fechaCargo}.</p>
    <p>Si quiere analizar el detalle por recurso, puede consultarlo en Cost Management del
       <a href="https://portal.azure.com/#view/Microsoft_Azure_CostManagement">portal de Azure</a>.</p>
    <p>Para cualquier duda sobre el importe, escríbanos a facturacion@tailspin.es.</p>
    <p>Un saludo,<br>Tailspin Cloud</p>`;

  await sgMail.send({
    to: cliente.email,
    from: remitente,
    replyTo: "facturacion@tailspin.es",
    subject: `Factura de consumo de Azure - ${cliente.mes}`,
    html,
    text: `Factura ${cliente.factura}: ${cliente.importe}. Detalle en el portal de Azure (Cost Management).`,
  });
}

module.exports = { enviarFacturaConsumo };
// corpus: label=clean; signals=none; hard=yes; why=partner Azure usage invoice that points to the Azure portal for self-service cost details
