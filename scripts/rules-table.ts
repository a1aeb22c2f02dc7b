/**
 * The README's rule table, made from the rules' own metadata and the configs, so the two cannot
 * drift: `npm run docs` writes it, and test/docs.test.ts fails when the README differs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import plugin from "../src/index.js";
import { rules } from "../rules/index.js";

export const BEGIN = "<!-- begin auto-generated rules list -->";
export const END = "<!-- end auto-generated rules list -->";

function enabledIn(config: "recommended" | "strict" | "recommended-code", ruleName: string): string {
  const configs = plugin.configs[config];
  const languages = configs.filter((entry) => entry.rules?.[`csp-comms/${ruleName}`] !== undefined).map((entry) => String(entry.language).replace("csp-comms/", ""));
  if (languages.length === 0) return "";
  return languages.length === configs.length ? "✓" : `✓ (${languages.join(", ")})`;
}

export function rulesTable(): string {
  const rows = Object.entries(rules).map(([name, rule]) => {
    const description = rule.meta.docs?.description ?? "";
    const suggestions = rule.meta.hasSuggestions ? "💡" : "";
    return `| [\`${name}\`](docs/rules/${name}.md) | ${description} | ${enabledIn("recommended", name)} | ${enabledIn("strict", name)} | ${enabledIn("recommended-code", name)} | ${suggestions} |`;
  });
  return [BEGIN, "| rule | description | recommended | strict | recommended-code | suggestions |", "| --- | --- | --- | --- | --- | --- |", ...rows, END].join("\n");
}

export function withRulesTable(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error("README.md has no auto-generated rules list markers");
  return readme.slice(0, start) + rulesTable() + readme.slice(end + END.length);
}

if (process.argv[1]?.endsWith("rules-table.ts")) {
  writeFileSync("README.md", withRulesTable(readFileSync("README.md", "utf8")));
}
