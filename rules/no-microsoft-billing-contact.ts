import { findingsFor } from "../src/detect/index.js";
import { guidelineContext } from "../src/guideline-context.js";
import { excerpt, reportLocation, type TemplateRuleContext } from "../src/rule-support.js";
import { createRule, TEMPLATE_LANGUAGES } from "./create-rule.js";

export default createRule({
  name: "no-microsoft-billing-contact",
  meta: {
    type: "problem",
    docs: { description: "Disallow routing billing to Microsoft (pay Microsoft, contact Microsoft about a charge, Microsoft billing links) in mail to CSP customers", recommended: true },
    messages: {
      "pay-microsoft": "\"{{excerpt}}\" tells the customer that Microsoft bills or is paid, in a message about {{topic}} ({{evidence}}). The CSP partner owns the billing relationship: the customer pays you.",
      "contact-microsoft": "\"{{excerpt}}\" sends the customer to Microsoft about billing, in a message about {{topic}} ({{evidence}}). Give your own billing contact instead.",
      "billing-url": "The link \"{{excerpt}}\" sends the customer to a Microsoft billing page, in a message about {{topic}} ({{evidence}}). Link to your own billing portal; the Microsoft 365 admin center and Azure portal are fine for self-service.",
    },
    schema: [],
    defaultOptions: [],
    languages: TEMPLATE_LANGUAGES,
  },
  create(context) {
    const ruleContext = context as unknown as TemplateRuleContext;
    return {
      "root, Document"() {
        const { analysis, topicData } = guidelineContext(ruleContext);
        for (const finding of findingsFor(analysis, "billing-contact")) {
          const messageId = finding.kind === "pay-microsoft" || finding.kind === "contact-microsoft" ? finding.kind : "billing-url";
          context.report({ loc: reportLocation(ruleContext, finding.range), messageId, data: { excerpt: excerpt(ruleContext, finding.range), ...topicData } });
        }
      },
    };
  },
});
