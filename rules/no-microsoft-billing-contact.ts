import { findingsFor } from "../src/detect/index.js";
import { createGuidelineRule } from "./create-rule.js";

export default createGuidelineRule({
  name: "no-microsoft-billing-contact",
  type: "problem",
  config: "recommended",
  description: "Disallow routing billing to Microsoft (pay Microsoft, contact Microsoft about a charge, Microsoft billing links) in mail to CSP customers",
  messages: {
    "pay-microsoft": "\"{{excerpt}}\" tells the customer that Microsoft bills or is paid, in a message about {{topic}} ({{evidence}}). The CSP partner owns the billing relationship: the customer pays you.",
    "contact-microsoft": "\"{{excerpt}}\" sends the customer to Microsoft about billing, in a message about {{topic}} ({{evidence}}). Give your own billing contact instead.",
    "billing-url": "The link \"{{excerpt}}\" sends the customer to a Microsoft billing page, in a message about {{topic}} ({{evidence}}). Link to your own billing portal; the Microsoft 365 admin center and Azure portal are fine for self-service.",
  },
  check({ analysis }, report) {
    for (const finding of findingsFor(analysis, "billing-contact")) {
      const messageId = finding.kind === "pay-microsoft" || finding.kind === "contact-microsoft" ? finding.kind : "billing-url";
      report({ range: finding.range, messageId });
    }
  },
});
