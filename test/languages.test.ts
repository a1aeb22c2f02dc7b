import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { parseMarkdown } from "../src/languages/markdown/parse.js";
import { markdownLanguage } from "../src/languages/markdown/language.js";
import { mjmlLanguage } from "../src/languages/mjml/language.js";
import type { ElementNode, TextNode } from "../src/languages/shared/markup-ast.js";
import { LineIndex } from "../src/languages/shared/line-index.js";
import { getMessage } from "../src/communication/index.js";
import { lint, positions } from "./helpers.js";

function parseMjml(text: string) {
  const result = mjmlLanguage.parse({ body: text, path: "t.mjml", physicalPath: "t.mjml", bom: false });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.ast;
}

function findElement(nodes: readonly { type: string }[], name: string): ElementNode | undefined {
  for (const candidate of nodes) {
    if (candidate.type !== "Element") continue;
    const node = candidate as ElementNode;
    if (node.name === name) return node;
    const inner = findElement(node.children, name);
    if (inner) return inner;
  }
  return undefined;
}

describe("csp-comms/mjml", () => {
  const text = `---\nfrom: "Contoso <billing@contoso.com>"\n---\n<mjml>\n  <mj-body>\n    <mj-text padding="4px">Micro<b>soft</b> &amp; co</mj-text>\n  </mj-body>\n</mjml>\n`;

  it("locates elements, attribute names and values, and text inside ending tags", () => {
    const document = parseMjml(text);
    const mjText = findElement(document.children, "mj-text")!;
    expect(mjText.loc.start).toEqual({ line: 6, column: 5 });
    const padding = mjText.attributes[0]!;
    expect(text.slice(...padding.nameRange)).toBe("padding");
    expect(padding.nameLoc.start).toEqual({ line: 6, column: 14 });
    expect(text.slice(...padding.valueRange!)).toBe("4px");
    expect(padding.valueLoc!.start).toEqual({ line: 6, column: 23 });
    const bold = findElement(mjText.children, "b")!;
    const boldText = bold.children[0] as TextNode;
    expect(boldText.value).toBe("soft");
    expect(boldText.loc.start).toEqual({ line: 6, column: 36 });
    const entityText = mjText.children.at(-1) as TextNode;
    expect(entityText.raw).toBe(" &amp; co");
    expect(entityText.value).toBe(" & co");
  });

  it("keeps front matter keys and values with their ranges", () => {
    const document = parseMjml(text);
    const frontMatter = document.children[0];
    expect(frontMatter?.type).toBe("FrontMatter");
    if (frontMatter?.type !== "FrontMatter") return;
    const from = frontMatter.entries[0]!;
    expect(from.key).toBe("from");
    expect(from.value).toBe("Contoso <billing@contoso.com>");
    expect(text.slice(...from.valueRange!)).toBe("Contoso <billing@contoso.com>");
  });

  it("keeps columns right in CRLF files and after a BOM", () => {
    const crlf = text.replaceAll("\n", "\r\n");
    const mjText = findElement(parseMjml(crlf).children, "mj-text")!;
    expect(mjText.loc.start).toEqual({ line: 6, column: 5 });
    const messages = lint(`\uFEFF<mjml><mj-body><mj-section foo="1"></mj-section></mj-body></mjml>`, "bom.mjml");
    expect(messages.map((message) => message.message)).toEqual(["Attribute foo is illegal (MJML validator)."]);
    // The BOM is not a column: `foo` starts at column 28 as the editor shows it.
    expect(positions(messages)).toEqual([[1, 28, 1, 31]]);
  });

  it.each([
    ["an unclosed element", "<mjml>\n<mj-body>\n</mjml>", 3, 1, "Element <mj-body> (opened at line 2, column 1) is not closed before </mjml>."],
    ["a stray closing tag", "<mjml></mj-body></mjml>", 1, 7, "Closing tag </mj-body> does not match the open <mjml>"],
    ["an element never closed", "<mjml>\n  <mj-body>", 1, 1, "Element <mjml> is never closed."],
    ["bad YAML front matter", "---\nfrom: [a\n---\n<mjml></mjml>", 3, 1, "Invalid YAML in front matter"],
    ["a binary file", "<mjml>\0\0\0</mjml>", 1, 7, "looks binary"],
    ["invalid UTF-8", "<mjml>\uFFFD</mjml>", 1, 7, "not valid UTF-8"],
    ["unfinished front matter", "---\nfrom: x\n<mjml></mjml>", 1, 1, "no closing"],
  ])("reports %s as one fatal message with line and column", (_name, source, line, column, message) => {
    const messages = lint(source, "broken.mjml");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, line, column });
    expect(messages[0]!.message).toContain(message);
  });
});

describe("csp-comms/markdown", () => {
  it("parses the seed guideline without error and reaches text inside inline HTML", () => {
    const seed = readFileSync(new URL("../../shared/seed/customer-communication-guideline.nl-NL.txt", import.meta.url), "utf8");
    expect(lint(seed, "seed.md")).toEqual([]);
    const root = parseMarkdown(seed, new LineIndex(seed));
    const heading = root.children.find((node) => node.type === "heading")!;
    const spanTexts = heading.children.filter((node) => node.type === "text").map((node) => node.value);
    expect(spanTexts).toContain("Richt lijnen voor succes volle klanten communicatie met micro soft");
  });

  it("parses HTML blocks into child nodes with offsets", () => {
    const source = "Intro\n\n<p>Bye <b>now</b></p>\n";
    const root = parseMarkdown(source, new LineIndex(source));
    const html = root.children[1] as unknown as { children: ElementNode[] };
    const bold = findElement(html.children, "b")!;
    expect(bold.loc.start).toEqual({ line: 3, column: 8 });
    expect((bold.children[0] as TextNode).value).toBe("now");
  });

  it.each([
    ["bad YAML front matter", "---\nsubject: [x\n---\n# Hi", 3, 1, "Invalid YAML"],
    ["a binary file", "# x\n\0", 2, 1, "binary"],
  ])("reports %s as one fatal message", (_name, source, line, column, message) => {
    const messages = lint(source, "broken.md");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, line, column });
    expect(messages[0]!.message).toContain(message);
  });

  it("reads a paragraph with hundreds of emphasis and link delimiters as text, keeping its blocks", () => {
    // micromark pairs delimiters in quadratic time; past 500 in one paragraph they are plain text.
    const runaway = `* first item with ${"*a ".repeat(600)}and [a link](https://contoso.com)\n* second item`;
    const source = `Intro with *emphasis*.\n\n${runaway}\n`;
    const root = parseMarkdown(source, new LineIndex(source));
    const types = (node: { type: string; children?: unknown[] }): string[] => [node.type, ...((node.children ?? []) as { type: string }[]).flatMap((child) => types(child))];
    const [intro, list] = root.children;
    expect(types(intro!)).toContain("emphasis");
    expect(list?.type).toBe("list");
    expect((list as { children: unknown[] }).children).toHaveLength(2);
    expect(types(list!)).not.toContain("emphasis");
    expect(types(list!)).not.toContain("link");
    const blocks = getMessage(root, source).body.filter((item) => item.kind === "text");
    const first = blocks[1]!.text;
    // The text reads as written, mapped one for one: the stand-ins never reach the model.
    expect(first.text).toBe(runaway.split("\n")[0]!.slice(2));
    expect(source.slice(...first.range)).toBe(first.text);
  });

  it.each(["md", "mjml"])("reads front matter with old Mac line ends (CR only) in %s", (format) => {
    const body = format === "md" ? "Pay your invoice.\r" : "<mjml><mj-body></mj-body></mjml>\r";
    const source = `---\rfrom: Microsoft <billing@microsoft.com>\rsubject: Your invoice\r---\r${body}`;
    const messages = lint(source, `cr.${format}`, { settings: { "csp-comms": { partner: { name: "Contoso" } } } });
    // Line 2 is `from: Microsoft <billing@microsoft.com>`: the name at column 7, the address at 18.
    expect(positions(messages)).toEqual([[2, 7, 2, 16], [2, 18, 2, 39]]);
  });

  it("reads a tag inside <mj-style> as CSS text, as MJML does", () => {
    const messages = lint("<mjml><mj-head><mj-style>.x{} <b> p > a {}</mj-style></mj-head><mj-body></mj-body></mjml>", "style.mjml");
    expect(messages).toEqual([]);
  });

  it("prints nothing to the terminal for front matter with a collection as a key", () => {
    const emitted = vi.spyOn(process, "emitWarning");
    try {
      const messages = lint("---\n? [a, b]\n: x\n{a: 1}: y\nsubject: Your invoice\n---\nHello\n", "keys.md");
      expect(messages).toEqual([]);
      expect(emitted).not.toHaveBeenCalled();
    } finally {
      emitted.mockRestore();
    }
  });

  it("maps a front-matter value folded over two lines onto its lines, with LF or CRLF", () => {
    for (const newline of ["\n", "\r\n"]) {
      const source = `---${newline}from: "Microsoft${newline}  <billing@microsoft.com>"${newline}subject: Your invoice${newline}---${newline}Hello${newline}`;
      // The name stands after `from: "` (column 8); the address after two spaces and `<` (column 4).
      expect(positions(lint(source, "folded.md", { settings: { "csp-comms": { partner: { name: "Contoso" } } } }))).toEqual([
        [2, 8, 2, 8 + "Microsoft".length],
        [3, 4, 3, 4 + "billing@microsoft.com".length],
      ]);
    }
  });

  it("maps Markdown positions onto the text when a second BOM follows the one ESLint removes", () => {
    // micromark counts offsets without a leading BOM; the text keeps the second one.
    for (const marks of ["\uFEFF", "\uFEFF\uFEFF"]) {
      const source = `${marks}---\nsubject: Your invoice\n---\nPlease pay Microsoft for this invoice.\n`;
      const messages = lint(source, "bom.md", { settings: { "csp-comms": { partner: { name: "Contoso" } } } });
      expect(positions(messages)).toEqual([[4, 1, 4, 1 + "Please pay Microsoft for this invoice.".length]]);
    }
  });

  it.each([
    ["a tag never closed", "Dear <customer>,\n\nPlease pay Microsoft directly for this invoice.\n"],
    ["tags closed out of order", "Press <b>Pay</i> now.\n\nPlease pay Microsoft directly for this invoice.\n"],
    ["a closing tag with no opening", "Done</span>.\n\nPlease pay Microsoft directly for this invoice.\n"],
  ])("reads inline HTML with %s as a mail client would, and lints the file", (_name, body) => {
    const source = `---\nsubject: Your invoice\n---\n${body}`;
    const messages = lint(source, "loose.md", { settings: { "csp-comms": { partner: { name: "Contoso" } } } });
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([["csp-comms/no-microsoft-billing-contact", 6, 1]]);
  });

  it("ends an inline link that is never closed with its paragraph", () => {
    const source = 'Pay <a href="https://billing.microsoft.com/pay">here\n\nThanks, Contoso\n';
    const root = markdownLanguage.parse({ body: source, path: "a.md", physicalPath: "a.md", bom: false });
    if (!root.ok) throw new Error("parse failed");
    const blocks = getMessage(root.ast, source).body.filter((item) => item.kind === "text");
    expect(blocks.map((block) => [block.text.text, block.links.length])).toEqual([["Pay here", 1], ["Thanks, Contoso", 0]]);
  });

  it("rejects language options it does not know", () => {
    expect(() => { markdownLanguage.validateLanguageOptions({ frontmatter: "yaml" }); }).toThrow(/does not accept languageOptions/u);
  });
});

describe("inline configuration comments", () => {
  const violating = `<mjml><mj-body>\n<mj-section foo="1"></mj-section>\n</mj-body></mjml>`;

  it("eslint-disable-next-line with a reason silences the next line only", () => {
    const source = violating.replace("<mj-section", "<!-- eslint-disable-next-line csp-comms/valid-mjml -- legacy -->\n<mj-section");
    expect(lint(source, "a.mjml")).toEqual([]);
  });

  it("eslint-disable-line, block disable/enable and rule config comments work", () => {
    expect(lint(violating.replace("</mj-section>", "</mj-section><!-- eslint-disable-line -->"), "a.mjml")).toEqual([]);
    const block = `<mjml><mj-body>\n<!-- eslint-disable -->\n<mj-section foo="1"></mj-section>\n<!-- eslint-enable -->\n<mj-section bar="1"></mj-section>\n</mj-body></mjml>`;
    expect(positions(lint(block, "a.mjml"))).toEqual([[5, 13, 5, 16]]);
    expect(lint(`<!-- eslint csp-comms/valid-mjml: "off" -->\n${violating}`, "a.mjml")).toEqual([]);
  });

  it("reports unused disable directives when asked to", () => {
    const source = "<!-- eslint-disable-next-line csp-comms/valid-mjml -->\n<mjml><mj-body></mj-body></mjml>";
    const byDefault = lint(source, "a.mjml");
    expect(byDefault.map((message) => [message.line, message.column, message.severity])).toEqual([[1, 1, 1]]);
    const withReport = linterWithUnused(source);
    expect(withReport.map((message) => [message.line, message.column, message.severity])).toEqual([[1, 1, 2]]);
    expect(withReport[0]!.message).toContain("Unused eslint-disable directive");
  });

  it("a rule config comment in the body also turns off a finding in the front matter", () => {
    const source = "---\nfrom: Microsoft Billing <billing@contoso.com>\nsubject: Your invoice\n---\nInvoice attached.\n";
    expect(lint(source, "a.md").map((message) => message.ruleId)).toEqual(["csp-comms/no-microsoft-sender"]);
    expect(lint(`${source}\n<!-- eslint csp-comms/no-microsoft-sender: "off" -- the partner's legacy sender -->\n`, "a.md")).toEqual([]);
  });

  it("works in Markdown too", () => {
    const markdown = "---\nsubject: Your invoice\n---\nPlease pay Microsoft for this invoice by bank transfer.\n";
    expect(lint(markdown, "a.md").map((message) => message.ruleId)).toEqual(["csp-comms/no-microsoft-billing-contact"]);
    const disabled = markdown.replace("Please", "<!-- eslint-disable-next-line csp-comms/no-microsoft-billing-contact -->\nPlease");
    expect(lint(disabled, "a.md")).toEqual([]);
  });
});

import { Linter } from "eslint";
import plugin from "../src/index.js";
function linterWithUnused(source: string) {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(source, [...(plugin.configs["recommended"]), { linterOptions: { reportUnusedDisableDirectives: "error" } }], { filename: "a.mjml" });
}

describe("traversal for other rules", () => {
  /** Every visit a rule listening to all nodes sees, as `enter|exit type<parent type`, and what getParent says. */
  function visits(source: string, filename: string) {
    const seen: string[] = [];
    const parentsAgree: boolean[] = [];
    const recorder = {
      create(context: { sourceCode: { getParent(node: object): object | undefined } }) {
        const name = (node: { type: string; name?: string; tagName?: string }) => (node.type === "Element" ? `<${node.name}>` : node.type);
        return {
          "*"(node: { type: string }, parent?: { type: string }) {
            seen.push(`enter ${name(node)}<${parent ? name(parent) : "-"}`);
            parentsAgree.push(context.sourceCode.getParent(node) === parent);
          },
          "*:exit"(node: { type: string }, parent?: { type: string }) {
            seen.push(`exit ${name(node)}<${parent ? name(parent) : "-"}`);
          },
        };
      },
    };
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(source, [...plugin.configs["recommended"].map((config) => ({ ...config, rules: {} })), { plugins: { test: { rules: { recorder } } }, rules: { "test/recorder": "error" } }] as Linter.Config[], { filename });
    return { messages, seen, parentsAgree };
  }

  it("visits MJML attributes, then children, entering and leaving each with its parent", () => {
    const { messages, seen, parentsAgree } = visits(`<mjml><mj-body><mj-text padding="0">Hi <b>you</b></mj-text></mj-body></mjml>`, "a.mjml");
    expect(messages).toEqual([]);
    expect(seen).toEqual([
      "enter Document<-",
      "enter <mjml><Document",
      "enter <mj-body><<mjml>",
      "enter <mj-text><<mj-body>",
      "enter Attribute<<mj-text>",
      "exit Attribute<<mj-text>",
      "enter Text<<mj-text>",
      "exit Text<<mj-text>",
      "enter <b><<mj-text>",
      "enter Text<<b>",
      "exit Text<<b>",
      "exit <b><<mj-text>",
      "exit <mj-text><<mj-body>",
      "exit <mj-body><<mjml>",
      "exit <mjml><Document",
      "exit Document<-",
    ]);
    expect(parentsAgree.every(Boolean)).toBe(true);
  });

  it("visits Markdown nodes in document order with their parents", () => {
    const { messages, seen, parentsAgree } = visits("# Hi\n\nSee *this*.\n", "a.md");
    expect(messages).toEqual([]);
    expect(seen).toEqual([
      "enter root<-",
      "enter heading<root",
      "enter text<heading",
      "exit text<heading",
      "exit heading<root",
      "enter paragraph<root",
      "enter text<paragraph",
      "exit text<paragraph",
      "enter emphasis<paragraph",
      "enter text<emphasis",
      "exit text<emphasis",
      "exit emphasis<paragraph",
      "enter text<paragraph",
      "exit text<paragraph",
      "exit paragraph<root",
      "exit root<-",
    ]);
    expect(parentsAgree).toHaveLength(8);
    expect(parentsAgree.every(Boolean)).toBe(true);
  });
});
