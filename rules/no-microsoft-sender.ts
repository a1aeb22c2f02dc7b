import { findingsFor } from "../src/detect/index.js";
import { createGuidelineRule } from "./create-rule.js";

export default createGuidelineRule({
  name: "no-microsoft-sender",
  type: "problem",
  config: "recommended",
  hasSuggestions: true,
  description: "Disallow a Microsoft-branded sender (from or reply-to) on subscription-commerce mail to CSP customers",
  messages: {
    microsoftAddress:
      "The {{header}} address \"{{excerpt}}\" is on a Microsoft domain, on a message about {{topic}} ({{evidence}}). The CSP partner owns the billing relationship: send from your own domain.",
    microsoftDisplayName:
      "The {{header}} name \"{{excerpt}}\" presents Microsoft as the sender of a message about {{topic}} ({{evidence}}). The CSP partner owns the billing relationship: use your own brand as the sender name.",
    usePartnerSender: "Use the partner sender \"{{sender}}\" from settings.",
  },
  check({ analysis, message, settings }, report) {
    const sender = settings.partner.sender;
    for (const finding of findingsFor(analysis, "sender")) {
      const header = finding.header ?? "from";
      const field = message.headers.get(header);
      // A sender joined from two metadata values has no one range a suggestion could replace.
      const headerRange = field && !field.composed ? field.value.range : undefined;
      report({
        range: finding.range,
        messageId: finding.kind === "sender-address" ? "microsoftAddress" : "microsoftDisplayName",
        data: { header },
        suggest: sender && headerRange ? [{ messageId: "usePartnerSender", data: { sender }, range: headerRange, text: sender }] : [],
      });
    }
  },
});
