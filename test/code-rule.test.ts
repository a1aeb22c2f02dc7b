import { RuleTester, type Rule } from "eslint";
import tseslint from "typescript-eslint";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import plugin from "../src/index.js";
import { rules } from "../rules/index.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const rule = rules["no-microsoft-sender-in-code"] as unknown as Rule.RuleModule;
const settings = { "csp-comms": { partner: { name: "Contoso", domains: ["contoso.com"], sender: "Contoso Billing <billing@contoso.com>" } } };

/** The one-line location of `needle` in line `line` of `code`, computed from the input. */
function at(code: string, line: number, needle: string) {
  const text = code.split("\n")[line - 1]!;
  const column = text.indexOf(needle) + 1;
  if (column === 0) throw new Error(`cannot locate ${needle}`);
  return { line, column, endLine: line, endColumn: column + needle.length };
}

const nodemailer = (from: string, html: string) =>
  ["await transporter.sendMail({", `  from: ${from},`, "  subject: `Your invoice ${invoice.number} is ready`,", `  html: ${html},`, "});"].join("\n");
const graph = [
  'await graph.api("/users/billing@contoso.com/sendMail").post({',
  "  message: {",
  '    subject: "Ihre Rechnung für März",',
  '    body: { contentType: "HTML", content: "<p>Ihre Rechnung liegt bei.</p><p>Mit freundlichen Grüßen<br>Ihr Microsoft-Team</p>" },',
  '    from: { emailAddress: { address: "rechnung@contoso.com", name: "Contoso Abrechnung" } },',
  "  },",
  "});",
].join("\n");
const acs = [
  'const sender = "facturen@email.microsoft.com";',
  "await client.beginSend({",
  "  senderAddress: sender,",
  '  content: { subject: "Uw factuur voor maart", plainText: "Uw factuur staat klaar in het portaal." },',
  "  recipients: { to: [{ address: customer.email }] },",
  "});",
].join("\n");

for (const [name, languageOptions] of [
  ["espree", { ecmaVersion: 2022, sourceType: "module" }],
  ["typescript-eslint", { parser: tseslint.parser }],
] as const) {
  const tester = new RuleTester({ plugins: { "csp-comms": plugin }, languageOptions, settings });
  const sender = nodemailer('"Microsoft Billing <billing@contoso.com>"', '"<p>Your invoice is attached.</p>"');
  const signOff = nodemailer('"Contoso Billing <billing@contoso.com>"', '`<p>Your invoice ${invoice.number} is attached.</p><p>Kind regards,<br>The Microsoft Billing Team</p>`');
  tester.run(`no-microsoft-sender-in-code (${name})`, rule, {
    valid: [
      nodemailer('"Contoso Billing <billing@contoso.com>"', '"<p>Your Microsoft 365 Business Premium invoice is attached.</p>"'),
      nodemailer("process.env.MAIL_FROM", '"<p>Your invoice is attached.</p>"'),
      nodemailer('"Microsoft Azure <azure-noreply@microsoft.com>"', '"<p>The outage is resolved; no billing impact.</p>"').replace("Your invoice ${invoice.number} is ready", "Service incident resolved"),
      "sendReport({ from: 'Microsoft Billing <billing@contoso.com>', subject: 'Your invoice' });",
    ],
    invalid: [
      {
        code: sender,
        errors: [
          {
            messageId: "sender",
            ...at(sender, 2, "Microsoft Billing"),
            suggestions: [{ messageId: "usePartnerSender", output: sender.replace("Microsoft Billing <billing@contoso.com>", "Contoso Billing <billing@contoso.com>") }],
          },
        ],
      },
      { code: signOff, errors: [{ messageId: "authorship", ...at(signOff, 4, "The Microsoft Billing Team"), suggestions: [] }] },
      { code: graph, errors: [{ messageId: "authorship", ...at(graph, 4, "Ihr Microsoft-Team") }] },
      { code: acs, errors: [{ messageId: "sender", ...at(acs, 1, "facturen@email.microsoft.com"), suggestions: [{ messageId: "usePartnerSender", output: acs.replace("facturen@email.microsoft.com", "Contoso Billing <billing@contoso.com>") }] }] },
      {
        code: "queueMail({ from: 'Microsoft Billing <billing@contoso.com>', subject: 'Your invoice', text: 'Your invoice is attached.' });",
        options: [{ senderFunctions: ["queueMail"] }],
        errors: [
          {
            messageId: "sender",
            line: 1, column: 20, endLine: 1, endColumn: 37,
            suggestions: [{ messageId: "usePartnerSender", output: "queueMail({ from: 'Contoso Billing <billing@contoso.com>', subject: 'Your invoice', text: 'Your invoice is attached.' });" }],
          },
        ],
      },
    ],
  });
}

describe("React Email components", () => {
  const tester = new RuleTester({
    plugins: { "csp-comms": plugin },
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    settings,
  });
  const email = [
    'import { Html, Preview, Text, Button } from "@react-email/components";',
    'const signOff = "The Microsoft Billing Team";',
    "export const InvoiceEmail = ({ invoice }: { invoice: { number: string } }) => (",
    "  <Html>",
    "    <Preview>Your invoice {invoice.number} is ready</Preview>",
    "    <Text>Your invoice for March is attached.</Text>",
    '    <Button href="https://billing.microsoft.com/pay">Pay now</Button>',
    "    <Text>Kind regards,<br />{signOff}</Text>",
    "  </Html>",
    ");",
  ].join("\n");
  // Only the preview says what the mail is about: it is the preheader, which decides the topic.
  const previewOnly = [
    'import { Html, Preview, Text } from "@react-email/components";',
    "export const Notice = ({ month }: { month: string }) => (",
    "  <Html>",
    "    <Preview>Your invoice for {month} is ready</Preview>",
    "    <Text>Thank you for working with us.</Text>",
    "    <Text>Kind regards,<br />The Microsoft Billing Team</Text>",
    "  </Html>",
    ");",
  ].join("\n");
  tester.run("no-microsoft-sender-in-code (React Email preview)", rule, {
    valid: [{ code: previewOnly.replace("    <Preview>Your invoice for {month} is ready</Preview>\n", ""), filename: "notice.tsx" }],
    invalid: [{ code: previewOnly, filename: "notice.tsx", errors: [{ messageId: "authorship", ...at(previewOnly, 6, "The Microsoft Billing Team"), suggestions: [] }] }],
  });
  tester.run("no-microsoft-sender-in-code (React Email)", rule, {
    valid: [
      {
        code: email.replace("The Microsoft Billing Team", "The Contoso Billing Team").replace("billing.microsoft.com/pay", "billing.contoso.com/pay"),
        filename: "invoice.tsx",
      },
    ],
    invalid: [
      {
        code: email,
        filename: "invoice.tsx",
        errors: [
          { messageId: "authorship", ...at(email, 2, "The Microsoft Billing Team"), suggestions: [] },
          { messageId: "billingContact", ...at(email, 7, "https://billing.microsoft.com/pay") },
        ],
      },
    ],
  });
});

describe("React Email under ESLint's default parser (.jsx)", () => {
  const tester = new RuleTester({
    plugins: { "csp-comms": plugin },
    languageOptions: { ecmaVersion: 2022, sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
  });
  const email = [
    'import { Html, Text } from "@react-email/components";',
    "export const Renewal = () => (",
    "  <Html>",
    "    <Text>Your subscription renews on 1 May and the invoice follows.</Text>",
    "    <Text>Met vriendelijke groet,<br />Het Microsoft-team</Text>",
    "  </Html>",
    ");",
  ].join("\n");
  tester.run("no-microsoft-sender-in-code (jsx)", rule, {
    valid: [{ code: email.replace("Het Microsoft-team", "Het Contoso-team"), filename: "renewal.jsx" }],
    invalid: [{ code: email, filename: "renewal.jsx", errors: [{ messageId: "authorship", ...at(email, 5, "Het Microsoft-team") }] }],
  });
});

describe("with type information", () => {
  const tester = new RuleTester({
    plugins: { "csp-comms": plugin },
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL("fixtures/typed/", import.meta.url)) },
    },
  });
  const typed = [
    'type BillingSender = "Microsoft Billing <billing@contoso.com>";',
    "declare const config: { sender: BillingSender; fallback: string };",
    "declare const transporter: { sendMail(message: object): Promise<void> };",
    'await transporter.sendMail({ from: config.sender, subject: "Your invoice", text: "Your invoice is attached." });',
    "export {};",
  ].join("\n");
  tester.run("no-microsoft-sender-in-code (typed)", rule, {
    valid: [{ code: typed.replace("from: config.sender", "from: config.fallback"), filename: "file.ts" }],
    invalid: [{ code: typed, filename: "file.ts", errors: [{ messageId: "sender", ...at(typed, 4, "config.sender"), suggestions: [] }] }],
  });
});
