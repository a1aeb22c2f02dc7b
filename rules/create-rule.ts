import { ESLintUtils } from "@typescript-eslint/utils";
import { guidelineContext, type GuidelineContext } from "../src/guideline-context.js";
import { excerpt, reportLocation, type TemplateRuleContext } from "../src/rule-support.js";
import type { SourceRange } from "../src/text/mapped-text.js";

export interface CspCommsRuleDocs {
  description: string;
  recommended?: boolean;
  /** Only in the strict config. */
  strict?: boolean;
}

export const REPOSITORY_URL = "https://github.com/csp-comms/eslint-plugin-csp-comms";

export const createRule = ESLintUtils.RuleCreator<CspCommsRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);

/** Languages the guideline rules run under: ours, and @eslint/markdown's two modes. */
export const TEMPLATE_LANGUAGES = ["csp-comms/mjml", "csp-comms/markdown", "markdown/commonmark", "markdown/gfm"];

export interface GuidelineReport<MessageId extends string> {
  readonly range: SourceRange;
  readonly messageId: MessageId;
  /** Extra message data; `excerpt` (the reported text), `topic` and `evidence` are always added. */
  readonly data?: Record<string, string>;
  readonly suggest?: readonly { messageId: MessageId; data?: Record<string, string>; range: SourceRange; text: string }[];
}

/**
 * A guideline rule: reads the file's analysis once and reports what `check` finds. Every report
 * carries the reported text and the topic the rule saw, so each message can say why it fired.
 */
export function createGuidelineRule<MessageId extends string>(definition: {
  name: string;
  type: "problem" | "suggestion";
  description: string;
  config: "recommended" | "strict";
  messages: Record<MessageId, string>;
  hasSuggestions?: boolean;
  check: (guideline: GuidelineContext, report: (report: GuidelineReport<MessageId>) => void) => void;
}) {
  return createRule({
    name: definition.name,
    meta: {
      type: definition.type,
      ...(definition.hasSuggestions ? { hasSuggestions: true } : {}),
      docs: { description: definition.description, ...(definition.config === "strict" ? { strict: true } : { recommended: true }) },
      messages: definition.messages,
      schema: [],
      defaultOptions: [],
      languages: TEMPLATE_LANGUAGES,
    },
    create(context) {
      const ruleContext = context as unknown as TemplateRuleContext;
      return {
        "root, Document"() {
          const guideline = guidelineContext(ruleContext);
          definition.check(guideline, ({ range, messageId, data, suggest }) => {
            context.report({
              loc: reportLocation(ruleContext, range),
              messageId,
              data: { excerpt: excerpt(ruleContext, range), ...guideline.topicData, ...data },
              suggest: (suggest ?? []).map((suggestion) => ({
                messageId: suggestion.messageId,
                ...(suggestion.data ? { data: suggestion.data } : {}),
                fix: (fixer) => fixer.replaceTextRange([suggestion.range[0], suggestion.range[1]], suggestion.text),
              })),
            });
          });
        },
      };
    },
  });
}
