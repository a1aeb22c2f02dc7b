import markdown from "@eslint/markdown";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

const linter = new Linter({ configType: "flat" });
const template = [
  "---",
  "from: Microsoft Billing <billing@contoso.com>",
  "subject: Your invoice for March",
  "---",
  "Your invoice is attached. Questions about this charge? Contact Microsoft support.",
  "",
  "Kind regards,  ",
  "The Microsoft Billing Team",
  "",
].join("\n");

function lintWith(language: string, languageOptions: Record<string, unknown>) {
  return linter.verify(
    template,
    [
      {
        files: ["**/*.md"],
        plugins: { markdown, "csp-comms": plugin },
        language,
        languageOptions,
        rules: {
          "csp-comms/no-microsoft-sender": "error",
          "csp-comms/no-microsoft-authorship": "error",
          "csp-comms/no-microsoft-billing-contact": "error",
        },
      },
    ],
    { filename: "invoice.md" },
  );
}

describe("guideline rules under @eslint/markdown's languages", () => {
  const expected = [
    ["csp-comms/no-microsoft-sender", 2, 7, 2, 24],
    ["csp-comms/no-microsoft-billing-contact", 5, 56, 5, 82],
    ["csp-comms/no-microsoft-authorship", 8, 1, 8, 27],
  ];
  const summary = (messages: Linter.LintMessage[]) => messages.map((message) => [message.ruleId, message.line, message.column, message.endLine, message.endColumn]);

  it("markdown/gfm with YAML front matter reports what csp-comms/markdown reports", () => {
    expect(summary(lintWith("markdown/gfm", { frontmatter: "yaml" }))).toEqual(expected);
    const ours = linter.verify(template, [...(plugin.configs["recommended"])], { filename: "invoice.md" });
    expect(summary(ours)).toEqual(expected);
  });

  it("markdown/commonmark without the front matter option still reads the headers from the text", () => {
    expect(summary(lintWith("markdown/commonmark", {}))).toEqual(expected);
  });
});
