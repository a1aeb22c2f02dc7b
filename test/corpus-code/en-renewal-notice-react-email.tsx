import { Body, Container, Html, Img, Preview, Section, Text } from "@react-email/components";

interface RenewalProps {
  customerName: string;
  renewalDate: string;
  seats: number;
}

export default function RenewalNotice({ customerName, renewalDate, seats }: RenewalProps) {
  return (
    <Html lang="en">
      <Preview>Your subscription renews on {renewalDate}</Preview>
      <Body>
        <Container>
          <Img src="https://assets.fabrikam-it.example/fabrikam-logo.png" alt="Fabrikam IT" width="140" />
          <Section>
            <Text>Hello {customerName},</Text>
            <Text>
              Your Microsoft 365 Business Standard subscription ({seats} licences) renews on {renewalDate}. Fabrikam IT
              will invoice the renewal at the current price; reply to this email before then to change the number of
              licences.
            </Text>
            <Text>Kind regards,<br />Fabrikam IT Billing</Text>
            <Text>Microsoft 365 is a trademark of the Microsoft group of companies.</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
// corpus: label=clean; signals=none; hard=yes; why=partner renewal built with React Email naming a Microsoft product and a trademark line
