import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Linter } from "eslint";
import { loadCorpus } from "./corpus/score-lib.js";
import { generateTemplate } from "../bench/generate.js";
import { lint } from "./helpers.js";
import { fileURLToPath } from "node:url";

const samples = loadCorpus(fileURLToPath(new URL("corpus", import.meta.url))).filter((_, index) => index % 8 === 0);
const settings = { "csp-comms": { partner: { name: "Contoso", domains: ["contoso.com"], sender: "Contoso <billing@contoso.com>" } } };

/** Every message lies inside the file: lines exist, columns fit their line, ends do not precede starts. */
function expectInside(text: string, messages: Linter.LintMessage[]) {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n|[\r\n]/u);
  for (const message of messages) {
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.line).toBeLessThanOrEqual(lines.length);
    expect(message.column).toBeGreaterThanOrEqual(1);
    expect(message.column).toBeLessThanOrEqual((lines[message.line - 1]?.length ?? 0) + 1);
    if (message.endLine !== undefined && message.endColumn !== undefined) {
      expect(message.endLine).toBeLessThanOrEqual(lines.length);
      expect(message.endColumn).toBeLessThanOrEqual((lines[message.endLine - 1]?.length ?? 0) + 1);
      expect(message.endLine > message.line || (message.endLine === message.line && message.endColumn >= message.column)).toBe(true);
    }
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("\0", "\uD800", "\uDFFF", "<", "</mj-text>", "---\n", "&#", "{{", "\u200B", "Ｍｉｃｒｏｓｏｆｔ")) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer Value> ? Value : never;

function mutate(text: string, steps: Mutation[]): string {
  let result = text;
  for (const step of steps) {
    const at = result.length === 0 ? 0 : step.at % (result.length + 1);
    if (step.kind === "delete") result = result.slice(0, at) + result.slice(at + step.length);
    else if (step.kind === "duplicate") result = result.slice(0, at + step.length) + result.slice(at, at + step.length) + result.slice(at + step.length);
    else if (step.kind === "truncate") result = result.slice(0, at);
    else result = result.slice(0, at) + step.text + result.slice(at);
  }
  return result;
}

describe("robustness", () => {
  it.each(["mjml", "md"])("never throws on arbitrary text as .%s, and every location is inside the file", (extension) => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const messages = lint(text, `fuzz.${extension}`, { strict: true, settings });
        expectInside(text, messages);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on mutated corpus templates, and every location is inside the file", () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 4 }), (sample, steps) => {
        const text = mutate(sample.text, steps);
        const messages = lint(text, `mutated.${sample.format}`, { strict: true, settings });
        expectInside(text, messages);
        const fatal = messages.filter((message) => message.fatal).length;
        expect(fatal).toBeLessThanOrEqual(1);
        // On generated templates too, a suggestion never turns a parsing template into a broken one.
        for (const suggestion of fatal === 0 ? messages.flatMap((message) => message.suggestions ?? []) : []) {
          const [start, end] = suggestion.fix.range;
          const fixed = text.slice(0, start) + suggestion.fix.text + text.slice(end);
          expect(lint(fixed, `mutated.${sample.format}`, { strict: true, settings }).filter((message) => message.fatal)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("reads tags, attributes and keys named %s as any other unknown name", (name) => {
    const mjml = `---\n${name}: x\nsubject: Your invoice\n---\n<mjml><mj-body><mj-section ${name}="1"><mj-column><mj-text ${name}="2">Pay <${name}>now</${name}></mj-text><mj-${name}></mj-${name}></mj-column></mj-section></mj-body></mjml>\n`;
    const found = lint(mjml, "names.mjml", { settings });
    const attribute = name.toLowerCase();
    expect(found.map((message) => message.message)).toEqual([
      `Attribute ${attribute} is illegal (MJML validator).`,
      `Attribute ${attribute} is illegal (MJML validator).`,
      `Element mj-${attribute} doesn't exist or is not registered (MJML validator).`,
    ]);
    const markdown = `---\n${name}: x\nfrom: {${name}: a}\nsubject: Your invoice\n---\nPay <b ${name}="1">now</b>.\n`;
    expect(lint(markdown, "names.md", { strict: true, settings }).map((message) => message.ruleId)).toEqual(["csp-comms/require-partner-sender"]);
  });

  it("lints an element with 150,000 children and 150,000 flat paragraphs without a stack overflow", () => {
    const wide = `<mjml><mj-head><mj-title>Your invoice</mj-title><mj-raw>${"<br>".repeat(150_000)}</mj-raw></mj-head><mj-body><mj-text>${"<b>x</b>".repeat(150_000)}</mj-text></mj-body></mjml>\n`;
    const wideMessages = lint(wide, "wide.mjml", { settings });
    expect(wideMessages.filter((message) => message.fatal)).toEqual([]);
    const flat = `${"a\n\n".repeat(150_000)}Please pay Microsoft for this invoice.\n`;
    const flatMessages = lint(flat, "flat.md", { settings });
    expect(flatMessages.filter((message) => message.fatal)).toEqual([]);
  }, 120_000);

  it.each([
    ["block quotes 6,000 deep", `${">".repeat(6_000)}Please pay Microsoft.\n`],
    ["lists 3,000 deep", `${"- ".repeat(3_000)}Please pay Microsoft.\n`],
    ["quoted lists 2,000 deep", `${"> - ".repeat(2_000)}Please pay Microsoft.\n`],
  ])("reads Markdown %s without a stack overflow", (_name, body) => {
    const source = `---\nsubject: Your invoice\n---\n${body}`;
    const messages = lint(source, "deep.md", { settings });
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.map((message) => message.ruleId)).toContain("csp-comms/no-microsoft-billing-contact");
  }, 60_000);

  it.each([
    // Line 2 is `from: [[[…`: the 65th bracket, one past the limit, stands at column 7 + 64.
    ["flow brackets", `from: ${"[".repeat(5_000)}${"]".repeat(5_000)}`, [2, 7 + 64]],
    // Level n sits on line 2 + n, indented n spaces: the 257th space of line 259 is one past the limit.
    ["block indentation", Array.from({ length: 300 }, (_, level) => `${" ".repeat(level)}k${level}:`).join("\n"), [2 + 257, 257]],
  ] as const)("stops front matter nested by %s with a clear message, also when linted again", (_name, yaml, [line, column]) => {
    for (const format of ["md", "mjml"]) {
      const source = `---\n${yaml}\n---\n${format === "md" ? "Hello\n" : "<mjml><mj-body></mj-body></mjml>\n"}`;
      // Linted repeatedly, as an editor does: yaml's own recursion once ran the process out of memory.
      for (let run = 0; run < 12; run++) {
        const [message, ...rest] = lint(source, `deep.${format}`, { settings });
        expect(rest).toEqual([]);
        expect(message).toMatchObject({ fatal: true, line, column });
        expect(message!.message).toMatch(/Front matter nests deeper than 64 levels/u);
      }
    }
  }, 60_000);

  it("lints a 20 MB MJML template and a 100,000-line Markdown file to a result", () => {
    const section = generateTemplate("mjml", 20_000, 3);
    const opening = /<mj-body[^>]*>/u.exec(section)!;
    const bodyStart = opening.index + opening[0].length;
    const body = section.slice(bodyStart, section.lastIndexOf("</mj-body>"));
    const copies = Math.ceil(20_000_000 / body.length);
    const large = `${section.slice(0, bodyStart)}${body.repeat(copies)}</mj-body></mjml>\n`;
    expect(large.length).toBeGreaterThanOrEqual(20_000_000);
    const messages = lint(large, "large.mjml", { strict: true, settings });
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expectInside(large, messages);
    const lines = Array.from({ length: 100_000 }, (_, index) => (index % 10 === 0 ? "" : `Line ${index}: your Microsoft 365 invoice and renewal.`));
    const markdown = `---\nsubject: Your invoice\n---\n${lines.join("\n")}\nPlease pay Microsoft for this invoice.\n`;
    const found = lint(markdown, "long.md", { strict: true, settings });
    expect(found.map((message) => [message.ruleId, message.line])).toEqual([
      ["csp-comms/require-partner-sender", 1],
      ["csp-comms/no-microsoft-billing-contact", 100_004],
    ]);
  }, 120_000);

  it.each([
    ["an empty file", ""],
    ["only front matter", "---\nfrom: a@microsoft.com\nsubject: Invoice\n---\n"],
    ["an alias bomb", `---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n<mjml></mjml>`],
    ["deeply nested tags", `<mjml><mj-body><mj-text>${"<span>".repeat(5000)}Microsoft${"</span>".repeat(5000)}</mj-text></mj-body></mjml>`],
    ["deeply nested sections", `<mjml><mj-body>${"<mj-section>".repeat(3000)}${"</mj-section>".repeat(3000)}</mj-body></mjml>`],
    ["deeply nested block quotes", `${">".repeat(10000)} Pay Microsoft for this invoice\n`],
  ])("finishes with a clear result on %s", (_name, text) => {
    for (const extension of ["mjml", "md"]) {
      const messages = lint(text, `edge.${extension}`, { strict: true, settings });
      expectInside(text, messages);
    }
  });
});
