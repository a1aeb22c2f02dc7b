import { Body, Button, Html, Preview, Text } from "@react-email/components";

const legalFooter = "Microsoft Deutschland GmbH · Walter-Gropius-Straße 5 · 80807 München";

export function PaymentReminder({ invoiceNumber, amount }: { invoiceNumber: string; amount: string }) {
  return (
    <Html lang="de">
      <Preview>Zahlungserinnerung zur Rechnung {invoiceNumber}</Preview>
      <Body>
        <Text>Guten Tag,</Text>
        <Text>
          für die Rechnung {invoiceNumber} über {amount} konnten wir bisher keinen Zahlungseingang feststellen. Bitte
          begleichen Sie den offenen Betrag innerhalb von sieben Tagen.
        </Text>
        <Button href="https://kundenportal.tailspin-systems.example/zahlung">Jetzt bezahlen</Button>
        <Text>Mit freundlichen Grüßen<br />Ihr Tailspin Team</Text>
        <Text>{legalFooter}</Text>
      </Body>
    </Html>
  );
}
// corpus: label=violation; signals=authorship; hard=yes; why=payment reminder whose legal footer constant gives Microsoft Deutschland as the sender
