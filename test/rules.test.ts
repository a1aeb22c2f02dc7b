import { RuleTester } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { rules } from "../rules/index.js";
import { readSettings } from "../src/settings.js";
import { PLUGIN_NAME, PLUGIN_VERSION } from "../src/meta.js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { RULES_READING_ONLY_THE_ELEMENT } from "../src/languages/mjml/validation.js";
import type { Rule } from "eslint";
import { lint } from "./helpers.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The one-line location of `needle` in `code`, computed from the input, not copied from output. */
function at(code: string, needle: string) {
  const index = code.indexOf(needle);
  if (index === -1 || code.includes("\n")) throw new Error(`cannot locate ${needle}`);
  return { line: 1, column: index + 1, endLine: 1, endColumn: index + 1 + needle.length };
}

/** A one-line MJML template with a subject and one column of components. */
const mjmlColumn = (title: string, column: string) =>
  `<mjml><mj-head><mj-title>${title}</mj-title></mj-head><mj-body><mj-section><mj-column>${column}</mj-column></mj-section></mj-body></mjml>`;
const mjmlText = (title: string, text: string) => mjmlColumn(title, `<mj-text>${text}</mj-text>`);

const mjmlTester = new RuleTester({ plugins: { "csp-comms": plugin }, language: "csp-comms/mjml" });
const markdownTester = new RuleTester({ plugins: { "csp-comms": plugin }, language: "csp-comms/markdown" });
const asRule = (rule: unknown) => rule as Rule.RuleModule;
const partner = { "csp-comms": { partner: { name: "Contoso", domains: ["contoso.com"], sender: "Contoso Billing <billing@contoso.com>" } } };

describe("no-microsoft-sender", () => {
  const renewal = (from: string) => `---\nfrom: ${from}\nsubject: Your renewal invoice\n---\nHello, your invoice is attached.\n`;
  markdownTester.run("no-microsoft-sender", asRule(rules["no-microsoft-sender"]), {
    valid: [
      renewal("Contoso Billing <billing@contoso.com>"),
      renewal("Contoso (Microsoft Solutions Partner) <billing@contoso.com>"),
      `---\nfrom: Microsoft Azure <azure-noreply@microsoft.com>\nsubject: Service incident resolved\n---\nThe outage is resolved; no billing impact.\n`,
      `---\nfrom: Microsoft Billing <billing@microsoft.com>\nsubject: Your invoice\naudience: direct\n---\nYour invoice is attached.\n`,
    ],
    invalid: [
      {
        code: renewal("Microsoft Billing <billing@contoso.com>"),
        settings: partner,
        errors: [
          {
            messageId: "microsoftDisplayName",
            line: 2, column: 7, endLine: 2, endColumn: 24,
            suggestions: [{ messageId: "usePartnerSender", output: renewal("Contoso Billing <billing@contoso.com>") }],
          },
        ],
      },
      {
        code: renewal("billing@email.microsoft.com"),
        errors: [{ messageId: "microsoftAddress", line: 2, column: 7, endLine: 2, endColumn: 34, suggestions: [] }],
      },
      {
        // A subsidiary's name is still Microsoft.
        code: renewal("Microsoft Nederland <facturen@contoso.com>"),
        errors: [{ messageId: "microsoftDisplayName", line: 2, column: 7, endLine: 2, endColumn: 26 }],
      },
      {
        // Cyrillic М and full-width letters are read as the brand.
        code: renewal("Мicrosoft Ｂilling <billing@contoso.com>"),
        errors: [{ messageId: "microsoftDisplayName", line: 2, column: 7, endLine: 2, endColumn: 24 }],
      },
    ],
  });

  const headMeta = `<mjml><mj-head><mj-title>Invoice ready</mj-title><mj-raw><meta name="reply-to" content="Billing &lt;billing@microsoft.com&gt;"></mj-raw></mj-head><mj-body><mj-section><mj-column><mj-text>Your invoice is ready.</mj-text></mj-column></mj-section></mj-body></mjml>`;
  describe("reads the sender from MJML head meta with entities", () => {
    const linted = new RuleTester({ plugins: { "csp-comms": plugin }, language: "csp-comms/mjml" });
    linted.run("no-microsoft-sender", asRule(rules["no-microsoft-sender"]), {
      valid: [],
      invalid: [
        {
          code: headMeta,
          errors: [{ messageId: "microsoftAddress", ...at(headMeta, "billing@microsoft.com") }],
        },
      ],
    });
  });
});

describe("no-microsoft-authorship", () => {
  const invoice = (signOff: string) => `---\nsubject: Your invoice\n---\nYour invoice for March is attached.\n\nKind regards,\n${signOff}\n`;
  markdownTester.run("no-microsoft-authorship", asRule(rules["no-microsoft-authorship"]), {
    valid: [
      invoice("The Contoso Billing Team"),
      `---\nsubject: Your invoice\n---\nYour invoice is attached.\n\nMicrosoft 365 is a trademark of Microsoft Corporation.\n`,
    ],
    invalid: [
      {
        code: invoice("The Microsoft Billing Team"),
        settings: partner,
        errors: [{ messageId: "sign-off", line: 7, column: 1, endLine: 7, endColumn: 27, suggestions: [{ messageId: "signAsPartner", output: invoice("Contoso") }] }],
      },
      {
        code: invoice("Het Micro<b>soft</b>-team"),
        errors: [{ messageId: "sign-off", line: 7, column: 1, endLine: 7, endColumn: 26 }],
      },
      {
        // One report per line even where a line is both a signature and Microsoft's legal name.
        code: invoice("Microsoft Customer Billing  \nMicrosoft Corporation  \nOne Microsoft Way, Redmond, WA 98052"),
        errors: [
          { messageId: "sign-off", line: 7, column: 1, endLine: 7, endColumn: 27 },
          { messageId: "sign-off", line: 8, column: 1, endLine: 8, endColumn: 22 },
          { messageId: "legal-footer", line: 9, column: 1, endLine: 9, endColumn: 37 },
        ],
      },
      {
        code: `---\nsubject: Your renewal\n---\nYour subscription renews on 1 May.\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n`,
        errors: [{ messageId: "legal-footer", line: 6, column: 1, endLine: 6, endColumn: 60 }],
      },
    ],
  });
});

describe("no-microsoft-authorship: Microsoft stated as the sender", () => {
  // In the body, in the MJML preview line, and in the front-matter subject; a partner that relays
  // Microsoft's announcement in the third person stays silent.
  const body = `<mjml><mj-head><mj-title>Ihre Rechnung</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Ihre Rechnung für März liegt bei.</mj-text><mj-text>Diese Nachricht wurde Ihnen von Microsoft gesendet, weil Sie Abrechnungsadministrator sind.</mj-text></mj-column></mj-section></mj-body></mjml>`;
  const preview = `<mjml><mj-head><mj-title>Relance de paiement</mj-title><mj-preview>Un message de Microsoft au sujet de votre paiement</mj-preview></mj-head><mj-body><mj-section><mj-column><mj-text>Votre facture de mars reste impayée.</mj-text></mj-column></mj-section></mj-body></mjml>`;
  const subject = "---\nsubject: \"Ihr Microsoft-Konto-Team informiert: neue Preise ab Mai\"\ncategory: price-change\naudience: csp\n---\nAb Mai gelten neue Preise für Ihre Lizenzen.\n\nViele Grüße\nIhr Woodgrove-Team\n";
  mjmlTester.run("no-microsoft-authorship (sent-by, MJML)", asRule(rules["no-microsoft-authorship"]), {
    valid: [
      body.replace("von Microsoft gesendet", "von Contoso gesendet"),
      preview.replace("Un message de Microsoft", "Un message de Contoso"),
      body.replace("Diese Nachricht wurde Ihnen von Microsoft gesendet, weil Sie Abrechnungsadministrator sind.", "Microsoft hat neue Preise angekündigt; wir geben sie zum 1. Mai weiter."),
    ],
    invalid: [
      { code: body, errors: [{ messageId: "sent-by", ...at(body, "von Microsoft gesendet") }] },
      { code: preview, errors: [{ messageId: "sent-by", ...at(preview, "Un message de Microsoft") }] },
    ],
  });
  markdownTester.run("no-microsoft-authorship (sent-by, subject)", asRule(rules["no-microsoft-authorship"]), {
    valid: [subject.replace("Ihr Microsoft-Konto-Team informiert", "Ihr Woodgrove-Team informiert")],
    invalid: [{ code: subject, errors: [{ messageId: "sent-by", line: 2, column: 15, endLine: 2, endColumn: 46 }] }],
  });
});

describe("no-microsoft-authorship in MJML and German", () => {
  const backgroundLogo = `<mjml><mj-head><mj-title>Ihre Rechnung</mj-title></mj-head><mj-body><mj-section background-url="https://cdn.contoso.com/img/microsoft-logo.png"><mj-column><mj-text>Ihre Rechnung für März liegt bei.</mj-text></mj-column></mj-section></mj-body></mjml>`;
  const firstPerson = `<mjml><mj-head><mj-title>Ihre Rechnung</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Wir bei Microsoft Deutschland haben Ihnen 120 € berechnet.</mj-text></mj-column></mj-section></mj-body></mjml>`;
  const street = `<mjml><mj-head><mj-title>Ihre Rechnung</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Ihre Rechnung liegt bei.</mj-text><mj-text>Walter-Gropius-Straße 5, 80807 München</mj-text></mj-column></mj-section></mj-body></mjml>`;
  mjmlTester.run("no-microsoft-authorship", asRule(rules["no-microsoft-authorship"]), {
    valid: [backgroundLogo.replace("microsoft-logo.png", "contoso-logo.png")],
    invalid: [
      { code: backgroundLogo, errors: [{ messageId: "logo", ...at(backgroundLogo, "microsoft-logo.png") }] },
      { code: firstPerson, errors: [{ messageId: "first-person", ...at(firstPerson, "Wir bei Microsoft Deutschland haben") }] },
      // "ß" reads as "ss", so the lexicon's "walter-gropius-strasse 5" finds the written "Straße".
      { code: street, errors: [{ messageId: "legal-footer", ...at(street, "Walter-Gropius-Straße 5, 80807 München") }] },
    ],
  });
});

describe("signature blocks and payment fields", () => {
  const signatureCell = `<mjml><mj-head><mj-title>Mise à niveau de vos licences</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Vos licences passent de E3 à E5 ; la différence de prix sera facturée au prorata.</mj-text><mj-table><tr><td>Julien Marchand<br/>Ingénieur commercial<br/>Microsoft France – Division Entreprises</td></tr></mj-table></mj-column></mj-section></mj-body></mjml>`;
  const taggedSignOff = `<mjml><mj-head><mj-title>Uw factuur</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Uw factuur voor maart staat klaar.</mj-text><mj-text>Met vriendelijke groet,<br/>Het <b>Microsoft</b>-team</mj-text></mj-column></mj-section></mj-body></mjml>`;
  mjmlTester.run("no-microsoft-authorship (no suggestion that would cut markup)", asRule(rules["no-microsoft-authorship"]), {
    valid: [],
    invalid: [{ code: taggedSignOff, settings: partner, errors: [{ messageId: "sign-off", ...at(taggedSignOff, "Het <b>Microsoft</b>-team"), suggestions: [] }] }],
  });
  mjmlTester.run("no-microsoft-authorship", asRule(rules["no-microsoft-authorship"]), {
    valid: [signatureCell.replace("Microsoft France – Division Entreprises", "Contoso France – Division Entreprises")],
    invalid: [{ code: signatureCell, errors: [{ messageId: "sign-off", ...at(signatureCell, "Microsoft France – Division Entreprises") }] }],
  });
  const creditor = "---\nsubject: SEPA-Lastschrift für Ihre Rechnung\n---\nDer Betrag wird am 3. März von Ihrem Konto eingezogen.  \nGläubiger: Microsoft Ireland Operations Ltd.\n";
  markdownTester.run("no-microsoft-billing-contact", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [creditor.replace("Microsoft Ireland Operations Ltd.", "Contoso GmbH")],
    invalid: [{ code: creditor, errors: [{ messageId: "pay-microsoft", line: 5, column: 12, endLine: 5, endColumn: 45 }] }],
  });
});

describe("no-microsoft-sender: a sender given as name and address apart", () => {
  // `from: { name, email }` and `from_name` / `sender_email`: joined into one sender, reported at
  // the display name as written; no suggestion, as no one range holds the whole sender.
  const nested = "---\nfrom:\n  name: Microsoft Facturation\n  email: facturation@contoso.fr\nsubject: Votre facture de mars\n---\nVotre facture de mars est disponible.\n";
  const flat = "---\nsender_name: Microsoft Rechnungsstelle\nsender_email: rechnung@contoso.de\nsubject: Ihre Rechnung für März\n---\nIhre Rechnung für März liegt bei.\n";
  const addressOnly = "---\nsender_email: billing@microsoft.com\nsubject: Your invoice for March\n---\nYour invoice for March is attached.\n";
  markdownTester.run("no-microsoft-sender (joined sender)", asRule(rules["no-microsoft-sender"]), {
    valid: [nested.replace("Microsoft Facturation", "Contoso Facturation"), flat.replace("Microsoft Rechnungsstelle", "Contoso Rechnungsstelle")],
    invalid: [
      { code: nested, settings: partner, errors: [{ messageId: "microsoftDisplayName", line: 3, column: 9, endLine: 3, endColumn: 30, suggestions: [] }] },
      { code: flat, settings: partner, errors: [{ messageId: "microsoftDisplayName", line: 2, column: 14, endLine: 2, endColumn: 39, suggestions: [] }] },
      { code: addressOnly, errors: [{ messageId: "microsoftAddress", line: 2, column: 15, endLine: 2, endColumn: 36 }] },
    ],
  });
});

describe("labelled fields and broken-up legal names", () => {
  // A label that ends its line names what the lines below hold (a Swiss QR bill); a billing-contact
  // label with a Microsoft company and its address; a company name broken over two lines.
  const qrBill = "---\nsubject: Rechnung für Ihre Verlängerung\n---\nDer Betrag ist innert 30 Tagen zahlbar.\n\nKonto / Zahlbar an  \nCH44 3199 9123 0008 8901 2  \nMicrosoft Schweiz GmbH  \n8058 Zürich\n";
  const contactLine = "---\nsubject: Ihre zusätzlichen Lizenzen\n---\nIhre Lizenzen wurden hinzugefügt.\n\nInterlocuteur facturation : Microsoft Schweiz GmbH, The Circle 02, 8058 Zürich\n";
  const brokenName = "---\nsubject: Évolution du prix de votre abonnement\n---\nLe prix unitaire passera de 10 € à 11 € HT.\n\nMicrosoft France  \nSAS au capital de 4 240 000 €\n";
  markdownTester.run("no-microsoft-billing-contact (labelled fields)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [qrBill.replace("Microsoft Schweiz GmbH", "Contoso Schweiz GmbH"), contactLine.replace("Microsoft Schweiz GmbH", "Contoso Schweiz GmbH")],
    invalid: [
      { code: qrBill, errors: [{ messageId: "pay-microsoft", line: 8, column: 1, endLine: 8, endColumn: 23 }] },
      { code: contactLine, errors: [{ messageId: "contact-microsoft", line: 6, column: 29, endLine: 6, endColumn: 79 }] },
    ],
  });
  const contactTable = `<mjml><mj-head><mj-title>Your invoice for March</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Your invoice for March is attached.</mj-text><mj-table><tr><td>Questions about this invoice</td><td>Microsoft Billing Support<br/>0800 555 0100 (Mon–Fri, 9–17)</td></tr></mj-table></mj-column></mj-section></mj-body></mjml>`;
  mjmlTester.run("no-microsoft-billing-contact (a labelled table cell whose value goes on below)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [contactTable.replace("Microsoft Billing Support", "Contoso Billing Support")],
    invalid: [{ code: contactTable, errors: [{ messageId: "contact-microsoft", ...at(contactTable, "Microsoft Billing Support") }] }],
  });
  markdownTester.run("no-microsoft-authorship (a legal name over two lines)", asRule(rules["no-microsoft-authorship"]), {
    valid: [brokenName.replace("Microsoft France", "Contoso France")],
    invalid: [{ code: brokenName, errors: [{ messageId: "legal-footer", line: 6, column: 1, endLine: 7, endColumn: 30 }] }],
  });
});

describe("phrasings from the corpus rounds", () => {
  // A signature followed by a footer of six blocks (links, address, register): the closing formula
  // marks where the signature zone starts, however long the footer.
  const longFooter = "---\nsubject: Ihre Rechnung für Oktober\n---\nAnbei Ihre Rechnung für Oktober.\n\nMit freundlichen Grüßen\n\nIhr Microsoft Abrechnungsteam\n\n- [Impressum](https://contoso.com/i)\n- [Datenschutz](https://contoso.com/d)\n- [Abmelden](https://contoso.com/a)\n- [Kontakt](https://contoso.com/k)\n\nContoso GmbH, Hafenstraße 12, 20457 Hamburg\n\nHRB 123456\n";
  // "als Microsoft" speaks as Microsoft; "als Microsoft-Partner" is the partner.
  const asMicrosoft = "---\nsubject: Ihre Gutschrift\n---\nUnser Anspruch als Microsoft ist es, dass Ihre Dienste laufen. Deshalb erhalten Sie eine Gutschrift.\n";
  markdownTester.run("no-microsoft-authorship (closing zone, first person)", asRule(rules["no-microsoft-authorship"]), {
    valid: [longFooter.replace("Ihr Microsoft", "Ihr Contoso"), asMicrosoft.replace("als Microsoft", "als Microsoft-Partner")],
    invalid: [
      { code: longFooter, errors: [{ messageId: "sign-off", line: 8, column: 1, endLine: 8, endColumn: 30 }] },
      { code: asMicrosoft, errors: [{ messageId: "first-person", line: 4, column: 1, endLine: 4, endColumn: 29 }] },
    ],
  });
  // Microsoft's "we" opens a sentence; the partner's "we … bestellt" buys from its supplier.
  const weAtMicrosoft = mjmlText("Ihre Rechnung für Oktober", "Wir bei Microsoft wissen, dass sich Teams verändern. Ihre Lizenzen sind angepasst.");
  const weOrdered = mjmlText("Ihre Rechnung für Oktober", "Gestern haben wir bei Microsoft zusätzliche Lizenzen für Sie bestellt. Die Lizenzen, die wir bei Microsoft bestellt haben, sind aktiv.");
  // A disclaimer of independence names Microsoft Corporation without being its footer or voice.
  const independent = mjmlText("Ihre Rechnung", "Contoso ist ein unabhängiges Unternehmen und nicht mit der Microsoft Corporation verbunden.");
  const notOnBehalf = mjmlText("Su factura", "Contoso es un proveedor independiente y no actúa en nombre de Microsoft Corporation.");
  const createdBy = mjmlText("Ihre Zahlungserinnerung", "Diese Rechnung wurde von Microsoft erstellt.");
  // A person's title mentioning Microsoft under a signature that names the partner is a skill.
  const title = (company: string) => mjmlText("Su factura de octubre", `Un cordial saludo,<br/><br/>Rafael Cortés<br/>Responsable de licencias Microsoft<br/>${company}`);
  mjmlTester.run("no-microsoft-authorship (sentence start, partner actions, disclaimers, titles)", asRule(rules["no-microsoft-authorship"]), {
    valid: [weOrdered, independent, notOnBehalf, title("Guadalmar Sistemas · Microsoft Solutions Partner")],
    invalid: [
      { code: weAtMicrosoft, errors: [{ messageId: "first-person", ...at(weAtMicrosoft, "Wir bei Microsoft") }] },
      { code: createdBy, errors: [{ messageId: "sent-by", ...at(createdBy, "von Microsoft erstellt") }] },
      { code: title("Madrid"), errors: [{ messageId: "sign-off", ...at(title("Madrid"), "Responsable de licencias Microsoft") }] },
    ],
  });
  // "Do not contact Microsoft" cancels every pay and contact phrase of its sentence.
  const doNotContact = mjmlText("Votre facture", "Une question sur cette facture ? Ne contactez pas Microsoft à ce sujet : le support Microsoft ne voit pas nos factures.");
  const contactSupport = mjmlText("Votre facture", "Une question sur cette facture ? Contactez le support Microsoft à ce sujet.");
  mjmlTester.run("no-microsoft-billing-contact (a sentence that sends the customer away from Microsoft)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [doNotContact, mjmlText("Your invoice", "Nothing changes in how you pay: we keep invoicing monthly, and we settle with Microsoft on our side.")],
    invalid: [{ code: contactSupport, errors: [{ messageId: "contact-microsoft", ...at(contactSupport, "Contactez le support Microsoft à ce sujet.") }] }],
  });
  // "Ｍｉｃｒｏｓｏｆｔ" glued to kana is still the brand; a Japanese "please do not …" negates its sentence.
  const gluedToKana = mjmlText("価格改定のお知らせ", "私たちＭｉｃｒｏｓｏｆｔは、ご請求金額を改定いたします。");
  mjmlTester.run("no-microsoft-authorship (the brand next to kana)", asRule(rules["no-microsoft-authorship"]), {
    valid: [gluedToKana.replace("Ｍｉｃｒｏｓｏｆｔ", "コントソ")],
    invalid: [{ code: gluedToKana, errors: [{ messageId: "first-person", ...at(gluedToKana, "私たちＭｉｃｒｏｓｏｆｔは") }] }],
  });
  const accountInName = mjmlText("請求書のお知らせ", "請求書に記載のマイクロソフト名義の口座へお振り込みください。");
  // A placeholder in the host does not hide a Microsoft payment page.
  const placeholderHost = mjmlColumn("Ihre Testphase endet", `<mj-button href="https://{{ zahlungs_host }}.microsoft.com/payments/setup">Zahlungsdaten hinterlegen</mj-button>`);
  mjmlTester.run("no-microsoft-billing-contact (account in Microsoft's name, placeholder host)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [
      accountInName.replace("お振り込みください。", "お振り込みは行わないでください。"),
      placeholderHost.replace("microsoft.com", "contoso.com"),
    ],
    invalid: [
      { code: accountInName, errors: [{ messageId: "pay-microsoft", ...at(accountInName, "請求書に記載のマイクロソフト名義の口座へお振り込みください。") }] },
      { code: placeholderHost, errors: [{ messageId: "billing-url", ...at(placeholderHost, "https://{{ zahlungs_host }}.microsoft.com/payments/setup") }] },
    ],
  });
  // A placeholder's fallback text is what the reader sees when the value is empty.
  const fallbackSender = `---\nfrom: "{{ sender_name | default: 'Microsoft Billing' }} <billing@contoso.com>"\nsubject: Your invoice for March\n---\nYour invoice is attached.\n`;
  markdownTester.run("no-microsoft-sender (a placeholder's fallback text)", asRule(rules["no-microsoft-sender"]), {
    valid: [fallbackSender.replace("Microsoft Billing", "Contoso Billing"), fallbackSender.replace(" | default: 'Microsoft Billing'", "")],
    invalid: [{ code: fallbackSender, errors: [{ messageId: "microsoftDisplayName", line: 2, column: 8, endLine: 2, endColumn: 8 + "{{ sender_name | default: 'Microsoft Billing' }}".length }] }],
  });
  // An FAQ answering a billing question with Microsoft, in Markdown and in an MJML accordion.
  const faq = "---\nsubject: Votre facture\n---\n**À qui dois-je faire parvenir mon paiement ?**\nÀ Microsoft, directement.\n";
  const accordion = mjmlColumn("Votre facture", "<mj-accordion><mj-accordion-element><mj-accordion-title>Une question sur votre facture ?</mj-accordion-title><mj-accordion-text>→ Microsoft, service Abonnements : 0 970 01 02 03.</mj-accordion-text></mj-accordion-element></mj-accordion>");
  markdownTester.run("no-microsoft-billing-contact (an FAQ answer)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [faq.replace("À Microsoft, directement.", "À Contoso, et non à Microsoft."), faq.replace("mon paiement", "ma question technique")],
    invalid: [{ code: faq, errors: [{ messageId: "contact-microsoft", line: 5, column: 1, endLine: 5, endColumn: 1 + "À Microsoft, directement.".length }] }],
  });
  mjmlTester.run("no-microsoft-billing-contact (an accordion answer)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [accordion.replace("→ Microsoft,", "→ Contoso,")],
    invalid: [{ code: accordion, errors: [{ messageId: "contact-microsoft", ...at(accordion, "→ Microsoft, service Abonnements : 0 970 01 02 03.") }] }],
  });
  // A label cell that is all label ("Règlement à l'ordre de"), and a value that goes on after a comma.
  const payeeRow = mjmlColumn("Votre facture", "<mj-table><tr><td>Règlement à l'ordre de</td><td>Microsoft, par virement</td></tr></mj-table>");
  mjmlTester.run("no-microsoft-billing-contact (a payee row)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [payeeRow.replace("<td>Microsoft, par virement", "<td>Contoso, par virement")],
    invalid: [{ code: payeeRow, errors: [{ messageId: "pay-microsoft", ...at(payeeRow, "Microsoft, par virement") }] }],
  });
  // A closing formula that runs on to its full stop still opens the signature below it.
  const runOn = "---\nsubject: Votre facture\n---\nVotre facture est disponible.\n\nVeuillez agréer, Madame, Monsieur, l'assurance de notre considération distinguée.\n\nPour Microsoft Maroc,  \nLa Direction Commerciale Cloud\n";
  markdownTester.run("no-microsoft-authorship (a signature below a formula that runs on)", asRule(rules["no-microsoft-authorship"]), {
    valid: [runOn.replace("Pour Microsoft Maroc", "Pour Contoso Maroc")],
    invalid: [{ code: runOn, errors: [{ messageId: "sign-off", line: 8, column: 1, endLine: 8, endColumn: 1 + "Pour Microsoft Maroc,".length }] }],
  });
  // A question that asks tells nothing; a question that requests ("Wilt u … overmaken?") does.
  const inquiry = mjmlText("Your invoice", "Do I still pay Microsoft for my seats? No, you pay Contoso.");
  const request = mjmlText("Uw factuur", "Wilt u dit bedrag binnen 14 dagen overmaken naar Microsoft Ireland Operations Ltd?");
  mjmlTester.run("no-microsoft-billing-contact (an inquiry and a polite request)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [inquiry, mjmlText("Ihre Rechnung", "Sie müssen sich dafür weder an Microsoft wenden noch dort etwas bezahlen.")],
    invalid: [{ code: request, errors: [{ messageId: "pay-microsoft", ...at(request, "Wilt u dit bedrag binnen 14 dagen overmaken naar Microsoft Ireland Operations Ltd?") }] }],
  });
  // A German company name takes an article: "an die Microsoft Ireland Operations Ltd.".
  const transfer = mjmlText("Ihre Rechnung", "Den Betrag überweisen Sie bitte an die Microsoft Ireland Operations Ltd.");
  // A value cell is read with the label cell before it: a hotline for invoice questions.
  const hotline = mjmlColumn("Ihre Testphase endet", "<mj-table><tr><td>Rechnung und Zahlungsweise</td><td>Micro<span>soft</span>-Hotline, 0800 808 1234</td></tr></mj-table>");
  mjmlTester.run("no-microsoft-billing-contact (article, label cell)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [transfer.replace("die Microsoft Ireland Operations Ltd.", "die Contoso GmbH"), hotline.replace("Rechnung und Zahlungsweise", "Technische Störungen")],
    invalid: [
      { code: transfer, errors: [{ messageId: "pay-microsoft", ...at(transfer, "Den Betrag überweisen Sie bitte an die Microsoft Ireland Operations Ltd.") }] },
      { code: hotline, errors: [{ messageId: "contact-microsoft", ...at(hotline, "Micro<span>soft</span>-Hotline, 0800 808 1234") }] },
    ],
  });
  // A department name ("Gestion des abonnements") presents Microsoft, also before a placeholder address.
  const replyTo = '---\nreply-to: "Microsoft Suisse – Gestion des abonnements <{{ partenaire.email }}>"\nsubject: Confirmation de résiliation de votre abonnement\n---\nVotre abonnement est résilié.\n';
  markdownTester.run("no-microsoft-sender (department name in reply-to)", asRule(rules["no-microsoft-sender"]), {
    valid: [replyTo.replace("Microsoft Suisse", "Léman Cloud")],
    invalid: [{ code: replyTo, errors: [{ messageId: "microsoftDisplayName", line: 2, column: 12, endLine: 2, endColumn: 54 }] }],
  });
  // Fresh rounds: obligations in the passive and the tu-form send the customer to Microsoft; a
  // sentence saying Microsoft cannot see the billing sends them away from it.
  const toForward = mjmlText("Frais de résiliation", "Toute réclamation relative à ces frais est à transmettre à Microsoft, et non à Contoso.");
  const onlyWithMicrosoft = mjmlText("Votre facture : prélèvement du 5 mars", "Une réclamation au sujet de ce prélèvement ne peut être introduite qu'auprès de Microsoft.");
  const writeTo = mjmlText("Ton abonnement payant", "Un souci avec le montant de ta facture ? Écris directement à Microsoft via leur formulaire.");
  const remittance = mjmlText("Quarterly invoice", "Remittance should be made by BACS to Microsoft Ireland Operations Limited, quoting the invoice number.");
  const butToMicrosoft = mjmlText("Zahlungserinnerung", "Den offenen Betrag der Rechnung überweisen Sie bitte innert 10 Tagen nicht an uns, sondern direkt an Microsoft.");
  const cannotSee = mjmlText("Cancellation confirmed", "Questions about the final invoice? Microsoft's support team can't see or change your billing, so call us.");
  mjmlTester.run("no-microsoft-billing-contact (passive obligations, tu-forms, remittance, 'sondern')", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [cannotSee, toForward.replace("Microsoft, et non à Contoso", "Contoso, et non à Microsoft")],
    invalid: [
      { code: toForward, errors: [{ messageId: "contact-microsoft", ...at(toForward, "Toute réclamation relative à ces frais est à transmettre à Microsoft, et non à Contoso.") }] },
      { code: onlyWithMicrosoft, errors: [{ messageId: "contact-microsoft", ...at(onlyWithMicrosoft, "Une réclamation au sujet de ce prélèvement ne peut être introduite qu'auprès de Microsoft.") }] },
      { code: writeTo, errors: [{ messageId: "contact-microsoft", ...at(writeTo, "Écris directement à Microsoft via leur formulaire.") }] },
      { code: remittance, errors: [{ messageId: "pay-microsoft", ...at(remittance, "Remittance should be made by BACS to Microsoft Ireland Operations Limited, quoting the invoice number.") }] },
      { code: butToMicrosoft, errors: [{ messageId: "contact-microsoft", ...at(butToMicrosoft, "Den offenen Betrag der Rechnung überweisen Sie bitte innert 10 Tagen nicht an uns, sondern direkt an Microsoft.") }] },
    ],
  });
  const besideMicrosoft = mjmlText("Votre remboursement", "Du côté de Microsoft, nous avons procédé au remboursement au prorata des jours non utilisés.");
  const hereAt = mjmlText("Renovación de su suscripción", "Como parte de nuestro compromiso, aquí en Microsoft procesamos la renovación de su factura anual.");
  mjmlTester.run("no-microsoft-authorship ('du côté de Microsoft, nous', 'aquí en Microsoft')", asRule(rules["no-microsoft-authorship"]), {
    valid: [besideMicrosoft.replace("Du côté de Microsoft, nous", "De notre côté, nous")],
    invalid: [
      { code: besideMicrosoft, errors: [{ messageId: "first-person", ...at(besideMicrosoft, "Du côté de Microsoft, nous") }] },
      { code: hereAt, errors: [{ messageId: "first-person", ...at(hereAt, "aquí en Microsoft") }] },
    ],
  });
  // Japanese: "弊社マイクロソフトでは" is Microsoft's "we"; a bank account named in bank kana is still
  // Microsoft's; "チーム一同" signs as the team; "…いただいても" (even if you ask) sends no one.
  const ourCompany = mjmlText("ご請求のお知らせ", "弊社マイクロソフトでは、今月分のご利用料金を確定し、請求書を発行いたしました。");
  const teamAll = mjmlText("ご請求のお知らせ", "今月のご請求額は 1,000 円です。よろしくお願いいたします。<br/><br/>ＭＩＣＲＯＳＯＦＴ ３６５ チーム一同");
  mjmlTester.run("no-microsoft-authorship (Japanese first person and team sign-off)", asRule(rules["no-microsoft-authorship"]), {
    valid: [ourCompany.replace("弊社マイクロソフトでは", "弊社では"), teamAll.replace("ＭＩＣＲＯＳＯＦＴ ３６５ チーム一同", "コントソ株式会社 一同")],
    invalid: [
      { code: ourCompany, errors: [{ messageId: "first-person", ...at(ourCompany, "弊社マイクロソフトでは") }] },
      { code: teamAll, errors: [{ messageId: "sign-off", ...at(teamAll, "ＭＩＣＲＯＳＯＦＴ ３６５ チーム一同") }] },
    ],
  });
  const bankKana = mjmlColumn("お支払いのお願い（請求書）", "<mj-text>請求金額をお振込みください。</mj-text><mj-table><tr><td>口座名義</td><td>ﾆﾎﾝﾏｲｸﾛｿﾌﾄ(ｶ</td></tr></mj-table>");
  const contactThen = mjmlText("ご解約と返金について", "返金の受け取り方法につきましては、Microsoft に直接ご連絡のうえ、お手続きをお願いいたします。");
  const evenIfAsked = mjmlText("ご入金確認のお願い", "本件のご請求についてマイクロソフトへお問い合わせいただいても、先方ではご契約内容を確認することができません。");
  // French and Dutch: a label cell that goes on about its label, a relative clause on who bills,
  // and a department written with a hyphen.
  const labelCell = mjmlColumn("Ajout de licences : votre facture", "<mj-text>Voici le récapitulatif de votre facture.</mj-text><mj-table><tr><td>Réclamations / questions sur le montant</td><td>service facturation Microsoft</td></tr></mj-table>");
  const whoBills = mjmlText("Fin de ton essai : ta facture", "Microsoft, qui te facture désormais en direct pour ce produit, prélèvera la première mensualité le 5.");
  const sentBy = mjmlText("Votre facture de renouvellement", "Cette année, la facture vous sera transmise par Microsoft Canada inc. au début du mois.");
  const hyphenated = mjmlText("Afschrijving extra licenties: uw factuur", "Klopt er iets niet? Neemt u dan contact op met de facturatie-afdeling van Microsoft.");
  mjmlTester.run("no-microsoft-billing-contact (Japanese bank kana, 'ご連絡のうえ', French labels and relative clauses, Dutch departments)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [evenIfAsked],
    invalid: [
      { code: bankKana, errors: [{ messageId: "pay-microsoft", ...at(bankKana, "ﾆﾎﾝﾏｲｸﾛｿﾌﾄ(ｶ") }] },
      { code: contactThen, errors: [{ messageId: "contact-microsoft", ...at(contactThen, "返金の受け取り方法につきましては、Microsoft に直接ご連絡のうえ、お手続きをお願いいたします。") }] },
      { code: labelCell, errors: [{ messageId: "contact-microsoft", ...at(labelCell, "service facturation Microsoft") }] },
      { code: whoBills, errors: [{ messageId: "pay-microsoft", ...at(whoBills, "Microsoft, qui te facture désormais en direct pour ce produit, prélèvera la première mensualité le 5.") }] },
      { code: sentBy, errors: [{ messageId: "pay-microsoft", ...at(sentBy, "Cette année, la facture vous sera transmise par Microsoft Canada inc. au début du mois.") }] },
      { code: hyphenated, errors: [{ messageId: "contact-microsoft", ...at(hyphenated, "Neemt u dan contact op met de facturatie-afdeling van Microsoft.") }] },
    ],
  });
  // A team line followed in its own block by another company's legal name is that company's team;
  // a footer set apart below it does not make it so.
  const companyTeam = mjmlColumn("Su factura vencida", "<mj-text>Su factura de marzo está vencida.</mj-text><mj-text>Cordialmente,<br/>Equipo de Licenciamiento Microsoft<br/>Guadua Nube S.A.S. · Medellín</mj-text>");
  const footerApart = mjmlColumn("Su factura vencida", "<mj-text>Su factura de marzo está vencida.</mj-text><mj-text>Cordialmente,<br/>Equipo de Licenciamiento Microsoft</mj-text><mj-text>Guadua Nube S.A.S. · Medellín</mj-text>");
  mjmlTester.run("no-microsoft-authorship (a team line of another company)", asRule(rules["no-microsoft-authorship"]), {
    valid: [companyTeam, companyTeam.replace("Equipo de Licenciamiento Microsoft", "Equipo de Licenciamiento")],
    invalid: [{ code: footerApart, errors: [{ messageId: "sign-off", ...at(footerApart, "Equipo de Licenciamiento Microsoft") }] }],
  });
  // English: "don't raise … with Microsoft" and the partner escalating for the customer send no one
  // to Microsoft; escalating, wiring and table labels in Spanish and clefts in French do.
  const escalated = mjmlText("Your invoice", "Any dispute about this charge is to be escalated to Microsoft's billing support.");
  const wire = mjmlText("Overdue invoice", "Please wire the overdue amount to Microsoft Operations Pte Ltd within ten days.");
  const consignar = mjmlColumn("Recordatorio de pago de su factura", "<mj-text>No hemos registrado el pago de su factura.</mj-text><mj-table><tr><td>Consignar a</td><td>Microsoft Colombia Inc.</td></tr></mj-table>");
  const cleft = mjmlText("Votre facture est disponible", "Une ligne de la facture vous semble fausse ? C'est de Microsoft directement qu'il faudra vous rapprocher pour en discuter.");
  mjmlTester.run("no-microsoft-billing-contact (escalating, wiring, 'consignar a', clefts)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [
      mjmlText("Your refund", "A quick tip: please don't raise this refund with Microsoft. We're the ones who can fix it."),
      mjmlText("Your invoice", "We escalate billing disputes like this to Microsoft for you, and I opened a case today."),
    ],
    invalid: [
      { code: escalated, errors: [{ messageId: "contact-microsoft", ...at(escalated, "Any dispute about this charge is to be escalated to Microsoft's billing support.") }] },
      { code: wire, errors: [{ messageId: "pay-microsoft", ...at(wire, "Please wire the overdue amount to Microsoft Operations Pte Ltd within ten days.") }] },
      { code: consignar, errors: [{ messageId: "pay-microsoft", ...at(consignar, "Microsoft Colombia Inc.") }] },
      { code: cleft, errors: [{ messageId: "contact-microsoft", ...at(cleft, "C'est de Microsoft directement qu'il faudra vous rapprocher pour en discuter.") }] },
    ],
  });
  // A reported question answered no ("demandé s'ils devaient payer Microsoft : ce n'est pas le
  // cas") sends no one to Microsoft; Dutch "Bij Microsoft <verb> we" is Microsoft's "we" whatever the verb.
  const notTheCase = mjmlText("Rappel de paiement de votre facture", "Plusieurs clients nous ont demandé s'ils devaient payer Microsoft directement : ce n'est pas le cas.");
  const notToUs = mjmlText("Herinnering openstaande factuur", "Let op: de betaling gaat niet naar ons, maar rechtstreeks naar Microsoft Ireland Operations Ltd.");
  mjmlTester.run("no-microsoft-billing-contact (reported questions, 'maar rechtstreeks naar')", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [notTheCase, mjmlText("Your invoice", "Some customers asked whether they should pay Microsoft directly: that is not the case.")],
    invalid: [{ code: notToUs, errors: [{ messageId: "pay-microsoft", ...at(notToUs, "Let op: de betaling gaat niet naar ons, maar rechtstreeks naar Microsoft Ireland Operations Ltd.") }] }],
  });
  const anyVerb = mjmlText("Nieuwe licentieprijzen op uw factuur", "Bij Microsoft kijken we elk jaar kritisch naar onze tarieven.");
  mjmlTester.run("no-microsoft-authorship ('Bij Microsoft <verb> we')", asRule(rules["no-microsoft-authorship"]), {
    valid: [anyVerb.replace("Bij Microsoft kijken we", "Bij Contoso kijken we")],
    invalid: [{ code: anyVerb, errors: [{ messageId: "first-person", ...at(anyVerb, "Bij Microsoft kijken we") }] }],
  });
  // The head of the message: Microsoft's name alone as a wordmark, or an image without alt text
  // hot-linked from Microsoft's image store under its name.
  const wordmark = mjmlColumn("Votre essai se termine : facture à venir", '<mj-text><span style="color:#f25022">&#9632;</span><span style="color:#7fba00">&#9632;</span> Microsoft</mj-text><mj-text>Bonjour, votre essai se termine et la facture annuelle suivra le 5.</mj-text>');
  const hotLinked = mjmlColumn("Votre facture est disponible", '<mj-image src="https://uhf.microsoft.com/images/microsoft/RE1Mu3b.png" alt="" /><mj-text>Bonjour, votre facture du mois de mars est disponible en ligne.</mj-text>');
  mjmlTester.run("no-microsoft-authorship (wordmark and hot-linked header images)", asRule(rules["no-microsoft-authorship"]), {
    valid: [
      wordmark.replace(" Microsoft</mj-text>", " Contoso</mj-text>"),
      wordmark.replace(" Microsoft</mj-text>", " Votre facture Microsoft</mj-text>"),
      wordmark.replace(" Microsoft</mj-text>", " Microsoft 365</mj-text>"),
      hotLinked.replace("/images/microsoft/", "/images/m365/"),
      hotLinked.replace("uhf.microsoft.com", "cdn.contoso.com"),
    ],
    invalid: [
      { code: wordmark, errors: [{ messageId: "wordmark", ...at(wordmark, '&#9632;</span><span style="color:#7fba00">&#9632;</span> Microsoft') }] },
      { code: wordmark.replace(" Microsoft</mj-text>", " Microsoft France</mj-text>"), errors: [{ messageId: "wordmark" }] },
      { code: hotLinked, errors: [{ messageId: "logo", ...at(hotLinked, "https://uhf.microsoft.com/images/microsoft/RE1Mu3b.png") }] },
    ],
  });
  // French: "c'est Microsoft qui vous écrit" and a Microsoft service that "a l'honneur de vous
  // informer" say who sent the letter; Quebec "soutien" is support.
  const whoWrites = mjmlText("Votre essai est converti : première facture", "Ici, c'est Microsoft qui vous écrit : votre essai est devenu un abonnement payant.");
  const honour = mjmlText("Renouvellement de votre abonnement annuel", "Le Service Clientèle Entreprises de Microsoft France a l'honneur de vous informer que votre abonnement arrive à son terme.");
  mjmlTester.run("no-microsoft-authorship ('c'est Microsoft qui vous écrit', 'a l'honneur de vous')", asRule(rules["no-microsoft-authorship"]), {
    valid: [whoWrites.replace("c'est Microsoft qui", "c'est Contoso qui"), honour.replace("de Microsoft France", "de Contoso")],
    invalid: [
      { code: whoWrites, errors: [{ messageId: "sent-by", ...at(whoWrites, "c'est Microsoft qui vous écrit") }] },
      { code: honour, errors: [{ messageId: "sent-by", ...at(honour, "Microsoft France a l'honneur de vous") }] },
    ],
  });
  const soutien = mjmlText("Ajustement de tes postes : ta facture", "Si le montant ajusté te semble pas correct, écris directement au soutien facturation de Microsoft.");
  mjmlTester.run("no-microsoft-billing-contact (Quebec 'soutien')", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [soutien.replace("soutien facturation de Microsoft", "soutien facturation de Contoso")],
    invalid: [{ code: soutien, errors: [{ messageId: "contact-microsoft", ...at(soutien, "Si le montant ajusté te semble pas correct, écris directement au soutien facturation de Microsoft.") }] }],
  });
  // French partner voice that names Microsoft a lot: "et non le support Microsoft", "aucun
  // règlement adressé à Microsoft", "vous ne recevrez aucun remboursement de la part de
  // Microsoft", the partner (third person) paying Microsoft, a footer saying it is not from
  // Microsoft. The tu-imperative "Paie … à Microsoft" opens its sentence.
  const tuPay = mjmlText("Ta facture de mars", "Ton abonnement est renouvelé. Paie la facture directement à Microsoft avant le 5.");
  mjmlTester.run("no-microsoft-billing-contact (French partner voice)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [
      mjmlText("Votre facture Azure", "Pour toute question sur une ligne de votre facture, l'interlocuteur est Contoso, et non le support Microsoft."),
      mjmlText("Rappel de paiement de votre facture", "Aucun règlement adressé à Microsoft ne peut être imputé sur votre facture Contoso."),
      mjmlText("Votre réservation Azure : facture", "Contoso paie la réservation à Microsoft selon les conditions de notre entente."),
    ],
    invalid: [{ code: tuPay, errors: [{ messageId: "pay-microsoft", ...at(tuPay, "Paie la facture directement à Microsoft avant le 5.") }] }],
  });
  mjmlTester.run("no-microsoft-authorship (French partner voice)", asRule(rules["no-microsoft-authorship"]), {
    valid: [
      mjmlText("Votre remboursement sur facture", "Nous avons obtenu le crédit. Vous ne recevrez aucun remboursement de la part de Microsoft : c'est Contoso qui vous rembourse."),
      mjmlColumn("Votre facture de mars", "<mj-text>Votre facture de mars est jointe.</mj-text><mj-text>Ce message est envoyé par Contoso. Il ne provient pas de Microsoft Corporation, qui n'est pas partie à votre contrat.</mj-text>"),
    ],
    invalid: [],
  });
  // A Microsoft employee in the first person singular; questions "traitées par Microsoft".
  const lookAfter = mjmlText("Your new Teams price on the next invoice", "I look after Teams Essentials for small businesses here in Australia at Microsoft, and I wanted to explain the new price.");
  const handledBy = mjmlText("Décompte final de votre résiliation : facture", "Les éventuelles questions sur le montant de cette facture sont traitées par Microsoft directement.");
  mjmlTester.run("no-microsoft-authorship ('I look after … at Microsoft')", asRule(rules["no-microsoft-authorship"]), {
    valid: [lookAfter.replace("at Microsoft", "at Contoso")],
    invalid: [{ code: lookAfter, errors: [{ messageId: "first-person", ...at(lookAfter, "I look after Teams Essentials for small businesses here in Australia at Microsoft") }] }],
  });
  mjmlTester.run("no-microsoft-billing-contact ('questions … traitées par Microsoft')", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [handledBy.replace("traitées par Microsoft directement", "traitées par Contoso directement")],
    invalid: [{ code: handledBy, errors: [{ messageId: "contact-microsoft", ...at(handledBy, "Les éventuelles questions sur le montant de cette facture sont traitées par Microsoft directement.") }] }],
  });
  // "Inutile de contacter le support Microsoft" and the partner's own claim "auprès de Microsoft
  // au nom de votre société" send the customer nowhere.
  mjmlTester.run("no-microsoft-billing-contact ('inutile de', the partner's claim on the customer's behalf)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [
      mjmlText("Résiliation de votre abonnement : dernière facture", "Inutile de contacter le support Microsoft au sujet de cette facture : c'est à nous que revient toute la démarche."),
      mjmlText("Votre avoir sur facture", "Nous avons donc ouvert une réclamation sur votre facture auprès de Microsoft au nom de votre société, et elle a abouti."),
    ],
    invalid: [],
  });
  // Partners explaining CSP in English and Spanish: "never … from Microsoft", a phishing warning
  // ("asking you to pay Microsoft … don't pay it"), FAQ questions in the customer's voice, the
  // partner buying from Microsoft.
  mjmlTester.run("no-microsoft-billing-contact (English and Spanish partners explaining CSP)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [
      mjmlText("Your annual renewal invoice", "You never have a bill from Microsoft for these seats, and you won't get one."),
      mjmlText("Your annual renewal invoice", "If a mail ever turns up asking you to pay Microsoft for your seats, please don't pay it."),
      mjmlText("Your monthly invoice", "Can Microsoft support help me with a billing dispute?"),
      mjmlText("Price update on your invoice", "Northgate purchases your licenses from Microsoft and is invoiced by Microsoft for them."),
      mjmlText("Su factura mensual", "Si tengo una duda sobre un cargo, ¿llamo al soporte de Microsoft?"),
      mjmlText("Su factura de renovación", "Si alguna vez le llega un correo que le pide pagar a Microsoft por estas licencias, no lo pague."),
    ],
    invalid: [],
  });
  // A last round of clean traps: German "kontaktieren Sie Microsoft nicht selbst", English "no
  // reason to pay Microsoft", "you don't need to get in touch with Microsoft", the partner taking
  // corrections up with Microsoft itself, French inverted questions.
  mjmlTester.run("no-microsoft-billing-contact (a last round of partner voice)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [
      mjmlText("Ihre Gutschrift auf der Rechnung", "Bitte kontaktieren Sie Microsoft nicht selbst zu dieser Rechnung, wir klären das."),
      mjmlText("Payment warning about your invoice", "So there's no reason to pay Microsoft, reply to the sender or ring a number in the message."),
      mjmlText("Price update on your invoice", "You don't need to get in touch with Microsoft for any of this; the pricing on your invoice is ours."),
      mjmlText("Your invoice explained", "Any correction to a Microsoft line on your invoice is something we take up with Microsoft ourselves."),
      mjmlText("FAQ : résiliation et facture", "Le support Microsoft peut-il accélérer le remboursement de ma facture ?"),
    ],
    invalid: [],
  });
});

describe("no-microsoft-billing-contact", () => {
  const payButton = `<mjml><mj-head><mj-title>Invoice ready</mj-title></mj-head><mj-body><mj-section><mj-column><mj-button href="https://billing.microsoft.com/pay">Pay now</mj-button></mj-column></mj-section></mj-body></mjml>`;
  const japanese = `<mjml><mj-head><mj-title>請求書のお知らせ 📄</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>📄 請求書を発行しました。今月分はマイクロソフトにお支払いください。</mj-text></mj-column></mj-section></mj-body></mjml>`;
  const contactText = `<mjml><mj-head><mj-title>Invoice ready</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Questions about this charge?</mj-text></mj-column></mj-section></mj-body></mjml>`.replace("this charge?", "this charge? Contact Micr&#111;soft support.");
  mjmlTester.run("no-microsoft-billing-contact", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [
      `<mjml><mj-head><mj-title>Invoice ready</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Assign licences in the Microsoft 365 admin center. Questions about your invoice? Contact us, not Microsoft.</mj-text><mj-button href="https://admin.microsoft.com/billing">Admin center</mj-button></mj-column></mj-section></mj-body></mjml>`,
    ],
    invalid: [
      { code: payButton, errors: [{ messageId: "billing-url", ...at(payButton, "https://billing.microsoft.com/pay") }] },
      { code: contactText, errors: [{ messageId: "contact-microsoft", ...at(contactText, "Contact Micr&#111;soft support.") }] },
      // Columns count UTF-16 code units, as ESLint and VS Code do, also after emoji and CJK text.
      { code: japanese, errors: [{ messageId: "pay-microsoft", ...at(japanese, "今月分はマイクロソフトにお支払いください。") }] },
    ],
  });
});

describe("billing URLs written as text", () => {
  // Mail clients link a bare "www." address, so it routes billing wherever it points, in both
  // formats; "www." inside a longer word is not one.
  const markdown = "---\nsubject: Your invoice for March\n---\nYour invoice is ready. Pay it at www.microsoft.com/billing/pay today.\n";
  const mjml = `<mjml><mj-head><mj-title>Your invoice for March</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Your invoice is ready. Pay it at www.microsoft.com/billing/pay today.</mj-text></mj-column></mj-section></mj-body></mjml>`;
  markdownTester.run("no-microsoft-billing-contact (www. in Markdown text)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [markdown.replace("www.microsoft.com", "www.contoso.com"), markdown.replace("www.microsoft.com", "shopwww.microsoft.com")],
    invalid: [{ code: markdown, errors: [{ messageId: "billing-url", line: 4, column: 34, endLine: 4, endColumn: 63 }] }],
  });
  mjmlTester.run("no-microsoft-billing-contact (www. in MJML text)", asRule(rules["no-microsoft-billing-contact"]), {
    valid: [mjml.replace("www.microsoft.com", "www.contoso.com")],
    invalid: [{ code: mjml, errors: [{ messageId: "billing-url", ...at(mjml, "www.microsoft.com/billing/pay") }] }],
  });
});

describe("require-partner-sender", () => {
  markdownTester.run("require-partner-sender", asRule(rules["require-partner-sender"]), {
    valid: [{ code: `---\nfrom: billing@contoso.com\nsubject: Invoice\n---\nInvoice attached.\n`, settings: partner }],
    invalid: [
      { code: `---\nsubject: Invoice\n---\nInvoice attached.\n`, errors: [{ messageId: "missingFrom", line: 1, column: 1 }] },
      {
        code: `---\nfrom: billing@fabrikam.com\nsubject: Invoice\n---\nInvoice attached.\n`,
        settings: partner,
        errors: [{ messageId: "notPartnerDomain", line: 2, column: 7, endLine: 2, endColumn: 27, suggestions: [{ messageId: "usePartnerSender", output: `---\nfrom: Contoso Billing <billing@contoso.com>\nsubject: Invoice\n---\nInvoice attached.\n` }] }],
      },
    ],
  });
});

describe("valid-mjml", () => {
  // Verdicts on attribute values are remembered per type and value: a repeated bad value is still
  // reported at each place, and a good value of the same type is not.
  const colours = `<mjml><mj-head><mj-title>x</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text color="blurple">A</mj-text><mj-text color="blurple">B</mj-text><mj-text color="#123456">C</mj-text></mj-column></mj-section></mj-body></mjml>`;
  const firstColour = colours.indexOf("blurple");
  const secondColour = colours.indexOf("blurple", firstColour + 1);
  const colourError = (index: number) => ({ message: "Attribute color has invalid value: blurple for type Color  (MJML validator).", line: 1, column: index + 1, endLine: 1, endColumn: index + 1 + "blurple".length });
  mjmlTester.run("valid-mjml (attribute values)", asRule(rules["valid-mjml"]), {
    valid: [colours.replaceAll("blurple", "#5865f2")],
    invalid: [{ code: colours, errors: [colourError(firstColour), colourError(secondColour)] }],
  });
  // Each distinct element is validated once; a repeat must still be reported on its own children.
  const misplaced = `<mjml><mj-body><mj-section><mj-column><mj-text>ok</mj-text></mj-column></mj-section><mj-section><mj-text>a</mj-text></mj-section><mj-section><mj-text>b</mj-text></mj-section></mj-body></mjml>`;
  const misplacedError = (index: number) => ({ message: "mj-text cannot be used inside mj-section, only inside: mj-attributes, mj-column, mj-hero (MJML validator).", line: 1, column: index + 2, endLine: 1, endColumn: index + 2 + "mj-text".length });
  mjmlTester.run("valid-mjml (repeated elements)", asRule(rules["valid-mjml"]), {
    valid: [],
    invalid: [{ code: misplaced, errors: [misplacedError(misplaced.indexOf("<mj-text>a")), misplacedError(misplaced.lastIndexOf("<mj-text"))] }],
  });
  it("remembers verdicts only for the validator rules known to read no more than the element and its children's tags", () => {
    const validator = createRequire(import.meta.url)("mjml-validator") as { rulesCollection: Record<string, unknown> };
    expect(Object.keys(validator.rulesCollection).sort()).toEqual([...RULES_READING_ONLY_THE_ELEMENT].sort());
  });
  mjmlTester.run("valid-mjml", asRule(rules["valid-mjml"]), {
    valid: [`<mjml><mj-head><mj-title>x</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>`],
    invalid: [
      { code: `<mjml><mj-body><mj-text>x</mj-text></mj-body></mjml>`, errors: [{ message: "mj-text cannot be used inside mj-body, only inside: mj-attributes, mj-column, mj-hero (MJML validator).", line: 1, column: 17, endLine: 1, endColumn: 24 }] },
      { code: `<mjml><mj-body><mj-unknown /></mj-body></mjml>`, errors: [{ messageId: "mjmlError", line: 1, column: 17, endLine: 1, endColumn: 27 }] },
      { code: `<mjml><mj-body><mj-include path="../../../etc/passwd" /></mj-body></mjml>`, errors: [{ messageId: "includeOutsideProject", line: 1, column: 34, endLine: 1, endColumn: 53 }] },
      { code: `<mjml><mj-body><mj-include path="./missing-partial.mjml" /></mj-body></mjml>`, errors: [{ messageId: "includeMissing", line: 1, column: 34, endLine: 1, endColumn: 56 }] },
    ],
  });
});

describe("messages", () => {
  it("quote the reported text and the topic evidence as the template writes them", () => {
    const [message] = lint("---\nsubject: Ihre Rechnung für März\n---\nHallo.\n\nMit freundlichen Grüßen  \nIhr Microsoft-Team\n", "a.md");
    expect(message?.message).toBe(
      'The sign-off "Ihr Microsoft-Team" presents Microsoft as the author of a message about subscription commerce ("Rechnung" in the subject). The CSP partner owns the billing relationship: sign with your own company\'s name.',
    );
  });
});

describe("settings", () => {
  it.each([
    [{ partnr: {} }, /unknown key "partnr"/u],
    [{ partner: { domains: "contoso.com" } }, /"partner.domains" must be an array/u],
    [{ partner: { domains: ["not a domain"] } }, /"partner.domains\[0\]" is "not a domain"/u],
    [{ audience: "everyone" }, /"audience" must be "csp" or "direct"/u],
    [{ locales: ["xx"] }, /"locales\[0\]" is "xx", which has no lexicon/u],
  ])("rejects %j with a message naming the key", (settings, message) => {
    expect(() => readSettings({ "csp-comms": settings })).toThrow(message);
  });

  it("stops ESLint with the message alone, no stack trace, when a setting is wrong", () => {
    let thrown: unknown;
    try {
      lint("---\nsubject: Invoice\n---\nHello\n", "a.md", { settings: { "csp-comms": { partner: { domains: "contoso.com" } } } });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toContain('Invalid settings["csp-comms"]: "partner.domains" must be an array of strings');
    expect((thrown as Error).stack).not.toMatch(/\n\s+at /u);
  });

  it("keeps the plugin meta in step with package.json", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };
    expect([PLUGIN_NAME, PLUGIN_VERSION]).toEqual([manifest.name, manifest.version]);
  });
});
