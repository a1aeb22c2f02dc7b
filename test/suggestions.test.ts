import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "./corpus/score-lib.js";
import { lint } from "./helpers.js";

const settings = { "csp-comms": { partner: { name: "Contoso", domains: ["contoso.com"], sender: "Contoso Billing <billing@contoso.com>" } } };
const corpus = loadCorpus(fileURLToPath(new URL("corpus", import.meta.url)));

describe("suggestions over the whole corpus", () => {
  it("each one edits only its range, leaves a template that parses, and is not offered again", () => {
    let applied = 0;
    for (const testCase of corpus) {
      const filename = `template.${testCase.format}`;
      for (const message of lint(testCase.text, filename, { strict: true, settings })) {
        for (const suggestion of message.suggestions ?? []) {
          const [start, end] = suggestion.fix.range;
          const fixed = testCase.text.slice(0, start) + suggestion.fix.text + testCase.text.slice(end);
          applied++;
          expect(fixed.startsWith(testCase.text.slice(0, start)) && fixed.endsWith(testCase.text.slice(end))).toBe(true);
          const after = lint(fixed, filename, { strict: true, settings });
          expect(after.filter((problem) => problem.fatal), `${testCase.file}: ${suggestion.desc}`).toEqual([]);
          const again = after.flatMap((problem) => (problem.suggestions ?? []).map((offer) => ({ ruleId: problem.ruleId, ...offer.fix })));
          expect(again, `${testCase.file}: ${suggestion.desc} offered again`).not.toContainEqual({ ruleId: message.ruleId, range: [start, start + suggestion.fix.text.length], text: suggestion.fix.text });
        }
      }
    }
    expect(applied).toBeGreaterThan(20);
  });
});
