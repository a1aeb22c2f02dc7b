import { readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { withRulesTable } from "../scripts/rules-table.js";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

describe("docs", () => {
  it("README's rule table matches the rules and configs (run `npm run docs` after changing them)", () => {
    const readme = read("README.md");
    expect(withRulesTable(readme)).toBe(readme);
  });

  it.each(Object.entries(rules))("docs/rules/%s.md has the rule's title, description and examples both ways", (name, rule) => {
    const path = `docs/rules/${name}.md`;
    expect(existsSync(new URL(`../${path}`, import.meta.url))).toBe(true);
    const page = read(path);
    expect(page.startsWith(`# csp-comms/${name}\n\n${rule.meta.docs?.description}.\n`)).toBe(true);
    expect(page).toContain("❌ Incorrect");
    expect(page).toContain("✅ Correct");
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`, "u"));
  });
});
