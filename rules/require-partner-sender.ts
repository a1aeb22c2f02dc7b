import { classifyDomain, parseAddress } from "../src/detect/index.js";
import { PLACEHOLDER } from "../src/text/decode.js";
import { createGuidelineRule } from "./create-rule.js";

export default createGuidelineRule({
  name: "require-partner-sender",
  type: "suggestion",
  config: "strict",
  hasSuggestions: true,
  description: "Require subscription-commerce mail to CSP customers to declare a from address on one of the partner's domains",
  messages: {
    missingFrom: "This message about {{topic}} ({{evidence}}) declares no from address. Add `from:` with your own sender so reviewers and the guideline rules can check it.",
    notPartnerDomain: "The from address \"{{excerpt}}\" is not on a partner domain ({{domains}}) although the message is about {{topic}} ({{evidence}}). Send billing mail from your own domain.",
    usePartnerSender: "Use the partner sender \"{{sender}}\" from settings.",
  },
  check({ analysis, message, settings }, report) {
    if (!analysis.guidelineApplies) return;
    const from = message.headers.get("from");
    if (!from) {
      report({ range: [0, 0], messageId: "missingFrom" });
      return;
    }
    const { address, domain } = parseAddress(from.value);
    if (settings.partner.domains.length === 0 || !address || !domain || domain.includes(PLACEHOLDER)) return;
    if (classifyDomain(domain, settings) === "partner") return;
    const sender = settings.partner.sender;
    report({
      range: address.range,
      messageId: "notPartnerDomain",
      data: { domains: settings.partner.domains.join(", ") },
      suggest: sender && !from.composed ? [{ messageId: "usePartnerSender", data: { sender }, range: from.value.range, text: sender }] : [],
    });
  },
});
