import { describe, expect, it } from "vitest";
import { getMessage } from "../src/communication/index.js";
import type { TextBlock } from "../src/communication/message.js";
import { markdownLanguage } from "../src/languages/markdown/language.js";
import { mjmlLanguage } from "../src/languages/mjml/language.js";
import { PLACEHOLDER } from "../src/text/decode.js";

function message(text: string, format: "mjml" | "md") {
  const language = format === "mjml" ? mjmlLanguage : markdownLanguage;
  const parsed = language.parse({ body: text, path: `t.${format}`, physicalPath: `t.${format}`, bom: false });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return getMessage(parsed.ast, text);
}

const textBlocks = (text: string, format: "mjml" | "md") =>
  message(text, format).body.filter((item): item is TextBlock => item.kind === "text");

describe("communication model", () => {
  it("reads MJML text across inline tags, entities and placeholders, mapped back to the source", () => {
    const source = `<mjml><mj-body><mj-text><p>Pay Micro<b>soft</b> &amp; {{ name }}<br/>today</p></mj-text></mj-body></mjml>`;
    const [block] = textBlocks(source, "mjml");
    expect(block?.text.text).toBe(`Pay Microsoft & ${PLACEHOLDER}\ntoday`);
    const brandStart = block!.text.text.indexOf("Microsoft");
    expect(source.slice(...block!.text.sourceRange(brandStart, brandStart + 9))).toBe("Micro<b>soft");
    const ampersand = block!.text.text.indexOf("&");
    expect(source.slice(...block!.text.sourceRange(ampersand, ampersand + 1))).toBe("&amp;");
    const placeholder = block!.text.text.indexOf(PLACEHOLDER);
    expect(source.slice(...block!.text.sourceRange(placeholder, placeholder + 1))).toBe("{{ name }}");
  });

  it("knows which text is written verbatim in the source", () => {
    const source = `<mjml><mj-body><mj-text>Het <b>Microsoft</b>-team &amp; Contoso</mj-text></mj-body></mjml>`;
    const [block] = textBlocks(source, "mjml");
    const text = block!.text.text;
    const at = (part: string) => [text.indexOf(part), text.indexOf(part) + part.length] as const;
    expect(block!.text.isVerbatim(...at("Het "))).toBe(true);
    expect(block!.text.isVerbatim(...at("Microsoft"))).toBe(true);
    expect(block!.text.isVerbatim(...at("Het Microsoft"))).toBe(false);
    expect(block!.text.isVerbatim(...at("team & Contoso"))).toBe(false);
  });

  it("takes headers from front matter first, then from the MJML head", () => {
    const source = `---\nsubject: From front matter\n---\n<mjml><mj-head><mj-title>From title</mj-title><mj-preview>Preview &amp; more</mj-preview><mj-raw><meta name="from" content="Billing &lt;b@contoso.com&gt;"></mj-raw></mj-head></mjml>`;
    const { headers } = message(source, "mjml");
    expect(headers.get("subject")?.value.text).toBe("From front matter");
    expect(headers.get("preheader")?.value.text).toBe("Preview & more");
    const from = headers.get("from")!.value;
    expect(from.text).toBe("Billing <b@contoso.com>");
    expect(source.slice(...from.range)).toBe("Billing &lt;b@contoso.com&gt;");
  });

  it("reads Markdown blocks, links, images and escapes with exact ranges", () => {
    const source = "---\nfrom: a@contoso.com\n---\n![Contoso logo](logo.png)\n\n| Item | Price |\n| --- | --- |\n| Seats \\* 5 | 10 |\n\nPay [here](https://billing.microsoft.com/pay).\n";
    const { body, headers } = message(source, "md");
    expect(headers.get("from")?.value.text).toBe("a@contoso.com");
    expect(body[0]).toMatchObject({ kind: "image" });
    const cells = body.filter((item): item is TextBlock => item.kind === "text" && item.role === "table-cell").map((cell) => cell.text.text);
    expect(cells).toEqual(["Item", "Price", "Seats * 5", "10"]);
    const paragraph = body.at(-1) as TextBlock;
    expect(paragraph.links.map((link) => [link.text.text, source.slice(...link.href.range)])).toEqual([["here", "https://billing.microsoft.com/pay"]]);
  });

  it("collapses each whitespace run, across tags and entities, into one space mapped to the whole run", () => {
    const source = `<mjml><mj-body><mj-text>Pay \n   <b>\n Micro&nbsp; soft</b>\tnow\n</mj-text></mj-body></mjml>`;
    const [block] = textBlocks(source, "mjml");
    expect(block?.text.text).toBe("Pay Micro soft now");
    const runs = [...block!.text.text.matchAll(/ /gu)].map((match) => source.slice(...block!.text.sourceRange(match.index, match.index + 1)));
    expect(runs).toEqual([" \n   <b>\n ", "&nbsp; ", "\t"]);
    // A lone space is written as it stands: the same characters, nothing atomic around it.
    const [plain] = textBlocks(`<mjml><mj-body><mj-text>Pay now</mj-text></mj-body></mjml>`, "mjml");
    expect(plain?.text.pieces).toHaveLength(1);
  });

  it("collapses runs in Markdown too, where a run with a line break becomes that line break", () => {
    const source = "Pay   now\n\n<div>Pay\n   now</div>\n";
    const [prose, html] = textBlocks(source, "md");
    expect(prose?.text.text).toBe("Pay now");
    expect(source.slice(...prose!.text.sourceRange(3, 4))).toBe("   ");
    expect(html?.text.text).toBe("Pay\nnow");
    expect(source.slice(...html!.text.sourceRange(3, 4))).toBe("\n   ");
  });

  it("reads only documented header names from front matter, whatever other keys it holds", () => {
    const headers = message("---\nconstructor: x\ntoString: y\nsubject: Your invoice\n---\nHello\n", "md").headers;
    expect([...headers.keys()]).toEqual(["subject"]);
  });

  it("reads elements named like object properties (<constructor>) as inline elements, not blocks", () => {
    const blocks = textBlocks(`<mjml><mj-body><mj-text>Micro<constructor>soft</constructor><toString>!</toString></mj-text></mj-body></mjml>`, "mjml");
    expect(blocks.map((block) => block.text.text)).toEqual(["Microsoft!"]);
  });

  it("pairs inline HTML links across Markdown nodes", () => {
    const source = 'Contact <a href="mailto:billing@microsoft.com">Micro<b>soft</b></a> today.\n';
    const [block] = textBlocks(source, "md");
    expect(block?.text.text).toBe("Contact Microsoft today.");
    expect(block?.links.map((link) => [link.text.text, link.href.text])).toEqual([["Microsoft", "mailto:billing@microsoft.com"]]);
  });

  it("maps common spellings of metadata keys to the documented headers", () => {
    const { headers } = message("---\nSender: a@contoso.com\nreply_to: b@contoso.com\nreplyTo: c@contoso.com\npreview-text: Hi\n---\nBody\n", "md");
    expect([...headers].map(([name, field]) => [name, field.value.text])).toEqual([
      ["from", "a@contoso.com"],
      ["reply-to", "b@contoso.com"],
      ["preheader", "Hi"],
    ]);
  });

  it("builds the message once per tree", () => {
    const source = "# Hello\n";
    const parsed = markdownLanguage.parse({ body: source, path: "t.md", physicalPath: "t.md", bom: false });
    if (!parsed.ok) throw new Error("parse failed");
    expect(getMessage(parsed.ast, source)).toBe(getMessage(parsed.ast, source));
  });
});
