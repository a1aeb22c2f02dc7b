import { entityAt } from "../text/decode.js";
import { foldPlaceholders } from "../text/transform.js";
import { MappedText, MappedTextBuilder, type SourceRange } from "../text/mapped-text.js";
import type { BlockRole, BodyItem, Link } from "./message.js";

interface OpenLink {
  href: MappedText;
  start: number;
}

/** Where a whitespace run not yet written began and ended in the source, and what it held. */
interface PendingRun {
  /** How the run's first character was written, kept when the run stays one character. */
  readonly first: { readonly text: string; readonly source: number; readonly sourceLength: number };
  sourceStart: number;
  sourceEnd: number;
  length: number;
  hasNewline: boolean;
}

/** HTML whitespace as mail clients collapse it (`\v` is not among it). */
const isCollapsible = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c || code === 0xa0;

/**
 * Collects visible text into blocks in reading order. The format builders call it as they walk
 * their trees; it decides nothing about MJML or Markdown, only where blocks start and end.
 *
 * Whitespace is collapsed as text arrives: every run of source whitespace becomes one space (one
 * line break where line breaks are kept) mapped to the whole run, also when the run crosses tags
 * (`word <b> next</b>`). A lone space or kept line break stays as written.
 */
export class BodyBuilder {
  readonly #items: BodyItem[] = [];
  #text = new MappedTextBuilder();
  #run: PendingRun | undefined;
  #links: { href: MappedText; start: number; end: number }[] = [];
  readonly #openLinks: OpenLink[] = [];
  readonly #keepNewlines: boolean;

  /** `keepNewlines`: source line breaks are visible breaks (Markdown), not spaces (HTML). */
  constructor(keepNewlines: boolean) {
    this.#keepNewlines = keepNewlines;
  }

  /** Decoded text (Markdown's values, code strings), mapped piece by piece. */
  appendText(text: MappedText): void {
    const whole = text.text;
    for (const piece of text.pieces) {
      if (piece.length === piece.sourceLength) this.#appendWritten(whole, piece.at, piece.at + piece.length, piece.source - piece.at, false);
      else this.#appendAtomic(whole.slice(piece.at, piece.at + piece.length), piece.source, piece.sourceLength);
    }
  }

  /** HTML text as written in the source at `sourceStart`, character references decoded on the way. */
  appendHtmlText(raw: string, sourceStart: number): void {
    this.#appendWritten(raw, 0, raw.length, sourceStart, true);
  }

  /**
   * Appends `text[from, to)`, written at source offset `offset + index`: visible runs are copied
   * as they are, whitespace runs go through the pending run, entities become atomic pieces.
   */
  #appendWritten(text: string, from: number, to: number, offset: number, decodeEntities: boolean): void {
    let segment = from;
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x26 && decodeEntities) {
        const entity = entityAt(text, index);
        if (entity) {
          if (segment < index) this.#appendVerbatim(text.slice(segment, index), offset + segment);
          this.#appendAtomic(entity.decoded, offset + index, entity.length);
          index += entity.length - 1;
          segment = index + 1;
        }
        continue;
      }
      if (!isCollapsible(code)) continue;
      // A lone space between visible characters stays where it is, in the copied run.
      const next = index + 1 < to ? text.charCodeAt(index + 1) : -1;
      if (code === 0x20 && index > segment && next !== -1 && next !== 0x26 && !isCollapsible(next)) continue;
      if (segment < index) this.#appendVerbatim(text.slice(segment, index), offset + segment);
      this.#extendRun(text[index]!, offset + index, 1);
      segment = index + 1;
    }
    if (segment < to) this.#appendVerbatim(text.slice(segment, to), offset + segment);
  }

  #appendVerbatim(text: string, source: number): void {
    this.#flushRun();
    this.#text.appendSource(text, source);
  }

  /** Text standing for `sourceLength` source characters as a unit; whitespace in it still collapses. */
  #appendAtomic(text: string, source: number, sourceLength: number): void {
    let segment = 0;
    for (let index = 0; index < text.length; index++) {
      if (!isCollapsible(text.charCodeAt(index))) continue;
      if (segment < index) {
        this.#flushRun();
        this.#text.appendAtomic(text.slice(segment, index), source, sourceLength);
      }
      this.#extendRun(text[index]!, source, sourceLength);
      segment = index + 1;
    }
    if (segment < text.length) {
      this.#flushRun();
      this.#text.appendAtomic(segment === 0 ? text : text.slice(segment), source, sourceLength);
    }
  }

  #extendRun(character: string, source: number, sourceLength: number): void {
    const run = this.#run;
    if (run) {
      // A character written by no source (sourceLength 0) does not stretch the run's range.
      if (sourceLength > 0) run.sourceEnd = source + sourceLength;
      run.length++;
      run.hasNewline ||= character === "\n";
      return;
    }
    this.#run = { first: { text: character, source, sourceLength }, sourceStart: source, sourceEnd: source + sourceLength, length: 1, hasNewline: character === "\n" };
  }

  #flushRun(): void {
    const run = this.#run;
    if (!run) return;
    this.#run = undefined;
    const replacement = this.#keepNewlines && run.hasNewline ? "\n" : " ";
    if (run.length === 1 && run.first.text === replacement) {
      this.#text.appendAtomic(run.first.text, run.first.source, run.first.sourceLength);
    } else {
      this.#text.appendAtomic(replacement, run.sourceStart, run.sourceEnd - run.sourceStart);
    }
  }

  /** A visible line break (`<br>`, a Markdown hard break): kept even where source whitespace collapses. */
  lineBreak(sourceOffset: number): void {
    this.#flushRun();
    this.#text.appendSynthetic("\n", sourceOffset);
  }

  /** Where the next visible character will land: after a pending run, which stays outside a link. */
  get #position(): number {
    return this.#text.length + (this.#run ? 1 : 0);
  }

  get openLinkCount(): number {
    return this.#openLinks.length;
  }

  openLink(href: MappedText): void {
    this.#openLinks.push({ href, start: this.#position });
  }

  closeLink(): void {
    const link = this.#openLinks.pop();
    if (link) this.#links.push({ href: link.href, start: link.start, end: Math.max(link.start, this.#text.length) });
  }

  addImage(image: { alt: MappedText | undefined; src: MappedText | undefined; title: MappedText | undefined; range: SourceRange }): void {
    const href = this.#openLinks.at(-1)?.href;
    this.endBlock("paragraph");
    this.#items.push({ kind: "image", ...image, href });
  }

  /** Ends the current block; `role` says what kind of block it was. Empty blocks vanish. */
  endBlock(role: BlockRole): void {
    this.#flushRun();
    // Every block element ends the block before it and its own: most calls find nothing to end.
    if (this.#text.length === 0 && this.#links.length === 0 && this.#openLinks.length === 0) return;
    const collapsed = this.#text.finish();
    const linkSpans = [...this.#links, ...this.#openLinks.map((link) => ({ href: link.href, start: link.start, end: Math.max(link.start, collapsed.text.length) }))];
    this.#text = new MappedTextBuilder();
    this.#links = [];
    for (const link of this.#openLinks) link.start = 0;
    if (collapsed.text.trim() === "") {
      for (const link of linkSpans) this.#items.push({ kind: "text", role, text: new MappedText("", []), links: [{ text: new MappedText("", []), href: link.href }] });
      return;
    }
    const links: Link[] = linkSpans.map((link) => ({ href: link.href, text: foldPlaceholders(collapsed.slice(link.start, link.end)).trim() }));
    this.#items.push({ kind: "text", role, text: foldPlaceholders(collapsed).trim(), links });
  }

  build(): BodyItem[] {
    this.endBlock("paragraph");
    return this.#items;
  }
}
