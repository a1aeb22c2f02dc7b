import nodemailer from "nodemailer";

const transporter = nodemailer.createTransport({
  host: "smtp.tailspin.es",
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

export async function enviarRestablecimiento(email: string, nombre: string, token: string): Promise<void> {
  const enlace = `https://clientes.tailspin.es/restablecer?token=${encodeURIComponent(token)}`;
  const html = `
    <p>Hola ${nombre}:</p>
    <p>Hemos recibido una solicitud para restablecer la contraseña de su área de cliente de Tailspin Cloud.</p>
    <p><a href="${enlace}" style="background:#c2410c;color:#fff;padding:8px 16px">Restablecer contraseña</a></p>
    <p>El enlace caduca en 30 minutos. Si no ha solicitado el cambio, ignore este mensaje.</p>
    <p>Un saludo,<br>Tailspin Cloud</p>`;

  await transporter.sendMail({
    from: { name: "Tailspin Cloud", address: "no-responder@tailspin.es" },
    to: email,
    replyTo: "soporte@tailspin.es",
    subject: "Restablezca su contraseña",
    html,
    text: `Restablezca su contraseña aquí: ${enlace} (caduca en 30 minutos).`,
  });
}
// corpus: label=clean; signals=none; hard=no; why=partner portal password reset that is not about subscription commerce
