import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "");

const handelsmerken =
  "Microsoft, Microsoft 365 en Azure zijn handelsmerken van de Microsoft-groep van bedrijven.";

interface Factuur {
  email: string;
  naam: string;
  nummer: string;
  bedrag: string;
}

export async function verstuurMaandfactuur(f: Factuur): Promise<void> {
  const html = `
    <p>Beste ${f.naam},</p>
    <p>In de bijlage vindt u factuur ${f.nummer} voor uw Microsoft 365-licenties en Azure-verbruik
       van afgelopen maand. Het totaalbedrag is ${f.bedrag}.</p>
    <p>U kunt betalen via <a href="https://mijn.fabrikam.nl/betalen/${f.nummer}">mijn.fabrikam.nl</a>.
       Vragen over deze factuur? Bel Fabrikam op 030 123 45 67.</p>
    <p>Met vriendelijke groet,<br>Fabrikam Facturatie</p>
    <p style="font-size:10px;color:#888">Fabrikam B.V. · KvK 12345678<br>${handelsmerken}</p>`;

  await sgMail.send({
    to: f.email,
    from: { email: "facturen@fabrikam.nl", name: "Fabrikam Facturatie" },
    replyTo: "facturen@fabrikam.nl",
    subject: `Factuur ${f.nummer} van Fabrikam`,
    html,
    text: `Factuur ${f.nummer}: ${f.bedrag}. Betalen via mijn.fabrikam.nl. ${handelsmerken}`,
  });
}
// corpus: label=clean; signals=none; hard=yes; why=partner invoice with a Microsoft trademark attribution footer
