import { findingsFor } from "../src/detect/index.js";
import { guidelineContext } from "../src/guideline-context.js";
import { excerpt, reportLocation, type TemplateRuleContext } from "../src/rule-support.js";
import { createRule, TEMPLATE_LANGUAGES } from "./create-rule.js";

export default createRule({
  name: "no-microsoft-sender",
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: { description: "Disallow a Microsoft-branded sender (from or reply-to) on subscription-commerce mail to CSP customers", recommended: true },
    messages: {
      microsoftAddress:
        "The {{header}} address \"{{excerpt}}\" is on a Microsoft domain, on a message about {{topic}} ({{evidence}}). The CSP partner owns the billing relationship: send from your own domain.",
      microsoftDisplayName:
        "The {{header}} name \"{{excerpt}}\" presents Microsoft as the sender of a message about {{topic}} ({{evidence}}). The CSP partner owns the billing relationship: use your own brand as the sender name.",
      usePartnerSender: "Use the partner sender \"{{sender}}\" from settings.",
    },
    schema: [],
    defaultOptions: [],
    languages: TEMPLATE_LANGUAGES,
  },
  create(context) {
    const ruleContext = context as unknown as TemplateRuleContext;
    return {
      "root, Document"() {
        const { analysis, message, settings, topicData } = guidelineContext(ruleContext);
        for (const finding of findingsFor(analysis, "sender")) {
          const header = finding.header ?? "from";
          const headerRange = message.headers.get(header)?.value.range;
          const sender = settings.partner.sender;
          context.report({
            loc: reportLocation(ruleContext, finding.range),
            messageId: finding.kind === "sender-address" ? "microsoftAddress" : "microsoftDisplayName",
            data: { header, excerpt: excerpt(ruleContext, finding.range), ...topicData },
            suggest:
              sender && headerRange
                ? [{ messageId: "usePartnerSender", data: { sender }, fix: (fixer) => fixer.replaceTextRange([headerRange[0], headerRange[1]], sender) }]
                : [],
          });
        }
      },
    };
  },
});
