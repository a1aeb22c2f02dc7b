import { ESLintUtils } from "@typescript-eslint/utils";

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
