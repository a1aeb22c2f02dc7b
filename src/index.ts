import type { ESLint, Linter } from "eslint";
import { rules } from "../rules/index.js";
import { markdownLanguage } from "./languages/markdown/language.js";
import { mjmlLanguage } from "./languages/mjml/language.js";
import { PLUGIN_NAME, PLUGIN_NAMESPACE, PLUGIN_VERSION } from "./meta.js";

type RuleName = keyof typeof rules;
type ConfigName = "recommended" | "strict" | "recommended-code";

const ruleIds = (names: readonly RuleName[]): Linter.RulesRecord =>
  Object.fromEntries(names.map((name) => [`${PLUGIN_NAMESPACE}/${name}`, "error"]));

const plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: PLUGIN_NAMESPACE },
  languages: { mjml: mjmlLanguage, markdown: markdownLanguage },
  rules,
  configs: {} as Record<ConfigName, Linter.Config[]>,
} as unknown as ESLint.Plugin & { configs: Record<ConfigName, Linter.Config[]> };

/** Rules for both formats, by config. Format-specific rules are added per language below. */
const GUIDELINE_RULES: RuleName[] = ["no-microsoft-sender", "no-microsoft-authorship", "no-microsoft-billing-contact"];
const STRICT_RULES: RuleName[] = ["require-partner-sender"];

function configsFor(level: "recommended" | "strict"): Linter.Config[] {
  const shared = level === "strict" ? [...GUIDELINE_RULES, ...STRICT_RULES] : GUIDELINE_RULES;
  return [
    {
      name: `${PLUGIN_NAMESPACE}/${level}/mjml`,
      files: ["**/*.mjml"],
      plugins: { [PLUGIN_NAMESPACE]: plugin },
      language: `${PLUGIN_NAMESPACE}/mjml`,
      rules: ruleIds([...shared, "valid-mjml"]),
    },
    {
      name: `${PLUGIN_NAMESPACE}/${level}/markdown`,
      files: ["**/*.md"],
      plugins: { [PLUGIN_NAMESPACE]: plugin },
      language: `${PLUGIN_NAMESPACE}/markdown`,
      rules: ruleIds(shared),
    },
  ];
}

plugin.configs.recommended = configsFor("recommended");
plugin.configs.strict = configsFor("strict");
/**
 * Mail built in code, as a separate config so template-only users are not affected. TypeScript
 * files need a TypeScript parser (typescript-eslint's configs set one); JavaScript works as is.
 */
plugin.configs["recommended-code"] = [
  {
    name: `${PLUGIN_NAMESPACE}/recommended-code`,
    files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"],
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules: ruleIds(["no-microsoft-sender-in-code"]),
  },
];

export default plugin;
export { mjmlLanguage, markdownLanguage, rules };
export type { CspCommsSettings, PartnerSettings, Audience } from "./settings.js";
