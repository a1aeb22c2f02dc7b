import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY);

const subject = "Uw factuur voor maart staat klaar";

export async function stuurFactuurMail(klant) {
  const html = `
    <p>Beste ${klant.naam},</p>
    <p>De factuur ${klant.factuurnummer} voor uw cloudabonnementen over maart is beschikbaar.
       Het totaalbedrag is ${klant.bedrag} en wordt op ${klant.incassodatum} automatisch afgeschreven.</p>
    <p><a href="https://mijn.fabrikam.nl/facturen/${klant.factuurnummer}">Factuur bekijken</a></p>
    <p>Met vriendelijke groet,<br>Team Facturatie Fabrikam</p>
    <p style="font-size:11px;color:#777">Fabrikam B.V. · Stationsplein 8 · 3511 ED Utrecht · KvK 12345678</p>`;

  await sgMail.send({
    to: klant.email,
    from: { email: "facturatie@microsoft.com", name: "Fabrikam Facturatie" },
    replyTo: "facturatie@fabrikam.nl",
    subject,
    html,
    text: `Beste ${klant.naam}, uw factuur ${klant.factuurnummer} (${klant.bedrag}) staat klaar op mijn.fabrikam.nl.`,
  });
}
// corpus: label=violation; signals=sender; hard=no; why=invoice sent from a microsoft.com address behind a partner display name
