import { collapseWhitespace, foldPlaceholders } from "../text/transform.js";
import { MappedText, MappedTextBuilder, type SourceRange } from "../text/mapped-text.js";
import type { BlockRole, BodyItem, Link } from "./message.js";

/** U+2028 stands for a line break while source whitespace is collapsed, then becomes "\n". */
const LINE_BREAK = "\u2028";

interface OpenLink {
  href: MappedText;
  start: number;
}

/**
 * Collects visible text into blocks in reading order. The format builders call it as they walk
 * their trees; it decides nothing about MJML or Markdown, only where blocks start and end.
 */
export class BodyBuilder {
  readonly #items: BodyItem[] = [];
  #text = new MappedTextBuilder();
  #links: { href: MappedText; start: number; end: number }[] = [];
  readonly #openLinks: OpenLink[] = [];
  readonly #keepNewlines: boolean;

  /** `keepNewlines`: source line breaks are visible breaks (Markdown), not spaces (HTML). */
  constructor(keepNewlines: boolean) {
    this.#keepNewlines = keepNewlines;
  }

  appendText(text: MappedText): void {
    this.#text.appendMapped(text);
  }

  /** A visible line break (`<br>`, a Markdown hard break): kept even where source whitespace collapses. */
  lineBreak(sourceOffset: number): void {
    this.#text.appendSynthetic(LINE_BREAK, sourceOffset);
  }

  openLink(href: MappedText): void {
    this.#openLinks.push({ href, start: this.#text.length });
  }

  closeLink(): void {
    const link = this.#openLinks.pop();
    if (link) this.#links.push({ href: link.href, start: link.start, end: this.#text.length });
  }

  addImage(image: { alt: MappedText | undefined; src: MappedText | undefined; title: MappedText | undefined; range: SourceRange }): void {
    const href = this.#openLinks.at(-1)?.href;
    this.endBlock("paragraph");
    this.#items.push({ kind: "image", ...image, href });
  }

  /** Ends the current block; `role` says what kind of block it was. Empty blocks vanish. */
  endBlock(role: BlockRole): void {
    const raw = this.#text.build();
    const openLinks = this.#openLinks.map((link) => ({ href: link.href, start: link.start, end: raw.text.length }));
    const linkSpans = [...this.#links, ...openLinks];
    this.#text = new MappedTextBuilder();
    this.#links = [];
    for (const link of this.#openLinks) link.start = 0;
    if (raw.text.trim() === "") {
      for (const link of linkSpans) this.#items.push({ kind: "text", role, text: new MappedText("", []), links: [{ text: new MappedText("", []), href: link.href }] });
      return;
    }
    // Link spans are in raw-text coordinates; clean each span's text the same way as the block.
    const links: Link[] = linkSpans.map((link) => ({ href: link.href, text: this.#clean(raw.slice(link.start, link.end)) }));
    this.#items.push({ kind: "text", role, text: this.#clean(raw), links });
  }

  #clean(text: MappedText): MappedText {
    const collapsed = collapseWhitespace(foldPlaceholders(text), this.#keepNewlines);
    return new MappedText(collapsed.text.replaceAll(LINE_BREAK, "\n"), collapsed.pieces).trim();
  }

  build(): BodyItem[] {
    this.endBlock("paragraph");
    return this.#items;
  }
}
