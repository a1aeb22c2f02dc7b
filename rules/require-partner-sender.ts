import { classifyDomain, parseAddress } from "../src/detect/index.js";
import { guidelineContext } from "../src/guideline-context.js";
import { reportLocation, type TemplateRuleContext } from "../src/rule-support.js";
import { createRule, TEMPLATE_LANGUAGES } from "./create-rule.js";

export default createRule({
  name: "require-partner-sender",
  meta: {
    type: "suggestion",
    hasSuggestions: true,
    docs: { description: "Require subscription-commerce mail to CSP customers to declare a from address on one of the partner's domains", strict: true },
    messages: {
      missingFrom: "This message about {{topic}} ({{evidence}}) declares no from address. Add `from:` with your own sender so reviewers and the guideline rules can check it.",
      notPartnerDomain: "The from address \"{{address}}\" is not on a partner domain ({{domains}}) although the message is about {{topic}} ({{evidence}}). Send billing mail from your own domain.",
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
        if (!analysis.guidelineApplies) return;
        const from = message.headers.get("from");
        if (!from) {
          context.report({ loc: reportLocation(ruleContext, [0, 0]), messageId: "missingFrom", data: topicData });
          return;
        }
        const { address, domain } = parseAddress(from.value);
        if (settings.partner.domains.length === 0 || !address || !domain || domain.includes("\uFFFC")) return;
        if (classifyDomain(domain, settings) === "partner") return;
        const sender = settings.partner.sender;
        const valueRange = from.value.range;
        context.report({
          loc: reportLocation(ruleContext, address.range),
          messageId: "notPartnerDomain",
          data: { address: address.text, domains: settings.partner.domains.join(", "), ...topicData },
          suggest: sender ? [{ messageId: "usePartnerSender", data: { sender }, fix: (fixer) => fixer.replaceTextRange([valueRange[0], valueRange[1]], sender) }] : [],
        });
      },
    };
  },
});
