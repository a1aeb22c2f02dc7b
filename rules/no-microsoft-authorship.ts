import { findingsFor } from "../src/detect/index.js";
import { createGuidelineRule } from "./create-rule.js";

export default createGuidelineRule({
  name: "no-microsoft-authorship",
  type: "problem",
  config: "recommended",
  hasSuggestions: true,
  description: "Disallow presenting Microsoft as the author (sign-off, legal footer, first-person voice, a statement that Microsoft sent it, logo or wordmark header) of subscription-commerce mail to CSP customers",
  messages: {
    "sign-off": "The sign-off \"{{excerpt}}\" presents Microsoft as the author of a message about {{topic}} ({{evidence}}). The CSP partner owns the billing relationship: sign with your own company's name.",
    "legal-footer": "The footer \"{{excerpt}}\" gives Microsoft's company details as the sender's on a message about {{topic}} ({{evidence}}). Put your own company's legal name and address here; keep Microsoft only in a trademark attribution.",
    "first-person": "\"{{excerpt}}\" speaks as Microsoft in a message about {{topic}} ({{evidence}}). Write in your own company's voice; refer to Microsoft in the third person.",
    "sent-by": "\"{{excerpt}}\" says Microsoft sent this message about {{topic}} ({{evidence}}). The CSP partner owns the billing relationship: the message comes from your company; say so, or leave the sender to the From line.",
    logo: "The image \"{{excerpt}}\" puts Microsoft's logo at the head of a message about {{topic}} ({{evidence}}). Use your own company's logo as the brand header.",
    wordmark: "The header \"{{excerpt}}\" spells out Microsoft's name as the brand of a message about {{topic}} ({{evidence}}). Head the message with your own company's name or logo.",
    signAsPartner: "Sign as \"{{partner}}\" (partner name from settings).",
  },
  check({ analysis, settings }, report) {
    const partner = settings.partner.name;
    for (const finding of findingsFor(analysis, "authorship")) {
      const messageId = finding.kind === "sign-off" || finding.kind === "legal-footer" || finding.kind === "first-person" || finding.kind === "sent-by" || finding.kind === "wordmark" ? finding.kind : "logo";
      report({
        range: finding.range,
        messageId,
        // Only a sign-off written as plain text is replaced: one that tags or entities run through
        // would lose its markup.
        suggest: finding.kind === "sign-off" && partner && finding.verbatim ? [{ messageId: "signAsPartner", data: { partner }, range: finding.range, text: partner }] : [],
      });
    }
  },
});
