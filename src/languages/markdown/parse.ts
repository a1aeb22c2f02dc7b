import type { Html, Nodes, Parent, Root } from "mdast";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { parseFrontMatter } from "../shared/front-matter.js";
import type { LineIndex } from "../shared/line-index.js";
import { parseMarkup } from "../shared/markup-parser.js";
import type { HtmlWithMarkup, YamlWithEntries } from "./ast.js";
import { PIECE_SIZES, lintedBefore, parseInPieces } from "./chunks.js";
import { pushAll } from "../../arrays.js";

/**
 * GitHub-flavoured Markdown without its autolink literals: tables, footnotes, strikethrough and
 * task lists. Finding `www.` and `https://` in every run of text is micromark's slowest construct
 * (a 1 MB line without spaces took 2.3 s with it, 0.4 s without), and the detectors read URLs in
 * text themselves, in MJML as in Markdown, as an email client would link them.
 */
function remarkGfmWithoutAutolinkLiterals(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfmWithoutAutolinkLiterals);

/** Parents whose children are inline (phrasing) content: their inline HTML comes one tag per node. */
const PHRASING_PARENTS = new Set(["paragraph", "heading", "tableCell", "emphasis", "strong", "delete", "link", "linkReference"]);

/**
 * `path` (when given) lets a file that is linted again, as the editor does on every change, reuse
 * the parse of its unchanged paragraphs; see chunks.ts.
 */
export function parseMarkdown(text: string, lineIndex: LineIndex, path?: string, pieceSizes = PIECE_SIZES): Root {
  const runaway = runawayParagraphs(text);
  const parseable = runaway.length === 0 ? text : withDelimitersAsText(text, runaway);
  const root = parseInPieces(parseable, parseKeepingOffsets, { sizes: pieceSizes, reuse: path !== undefined && lintedBefore(path) });
  const pending: Nodes[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (runaway.length > 0 && "value" in node && typeof node.value === "string" && insideAny(node, runaway)) node.value = delimitersRestored(node.value);
    if (node.type === "yaml") attachFrontMatter(node as YamlWithEntries, text, lineIndex);
    if ("children" in node) {
      const parent = node as Parent;
      if (PHRASING_PARENTS.has(parent.type)) attachInlineMarkup(parent, text, lineIndex);
      else for (const child of parent.children) if (child.type === "html") attachMarkup(child, text, lineIndex, "lenient");
      pushAll(pending, parent.children as Nodes[]);
    }
  }
  return root;
}

/**
 * micromark pairs emphasis, link and footnote delimiters in time that grows with the square of
 * their number in one paragraph: 6,000 `*a ` took 18 s, 4,000 `![` 11 s. No template has
 * hundreds of them in one paragraph, so there they are read as plain text: each is swapped for a
 * look-alike of the same length before parsing (offsets stay), and put back in the tree's values.
 */
const MAX_DELIMITERS_PER_PARAGRAPH = 500;
const DELIMITER_STAND_INS: Readonly<Record<string, string>> = { "*": "\u2217", _: "\uFF3F", "[": "\uFF3B", "]": "\uFF3D", "~": "\u223C" };
const DELIMITERS_BACK: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(DELIMITER_STAND_INS).map(([delimiter, standIn]) => [standIn, delimiter]));
const DELIMITER = /[*_[\]~]/gu;
const STAND_IN = /[\u2217\uFF3F\uFF3B\uFF3D\u223C]/gu;
const PARAGRAPH_BREAK = /\n[ \t]*(?:\r?\n|$)/gu;

/** Paragraphs (text between blank lines) with more delimiters than micromark can pair quickly. */
function runawayParagraphs(text: string): [number, number][] {
  const runaway: [number, number][] = [];
  let start = 0;
  const check = (end: number) => {
    let count = 0;
    for (let index = start; index < end && count <= MAX_DELIMITERS_PER_PARAGRAPH; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x2a || code === 0x5f || code === 0x5b || code === 0x5d || code === 0x7e) count++;
    }
    if (count > MAX_DELIMITERS_PER_PARAGRAPH) runaway.push([start, end]);
  };
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    check(match.index);
    start = match.index + match[0].length;
  }
  check(text.length);
  return runaway;
}

/**
 * The paragraphs' delimiters swapped for stand-ins, except what opens a line: a list bullet, a
 * thematic break or a fence (`* item`, `***`, `~~~`) and a reference definition keep the blocks
 * as they are.
 */
function withDelimitersAsText(text: string, runaway: readonly [number, number][]): string {
  const inline = (line: string) => {
    const opening = LINE_OPENING.exec(line)![0];
    return opening + line.slice(opening.length).replace(DELIMITER, (delimiter) => DELIMITER_STAND_INS[delimiter]!);
  };
  let result = "";
  let cursor = 0;
  for (const [start, end] of runaway) {
    result += text.slice(cursor, start) + text.slice(start, end).split("\n").map(inline).join("\n");
    cursor = end;
  }
  return result + text.slice(cursor);
}

const LINE_OPENING = /^[ \t>]*(?:[*_~]+|\[)?/u;

const delimitersRestored = (value: string) => value.replace(STAND_IN, (standIn) => DELIMITERS_BACK[standIn]!);

function insideAny(node: Nodes, ranges: readonly [number, number][]): boolean {
  const start = node.position?.start.offset ?? -1;
  return ranges.some(([from, to]) => start >= from && start < to);
}

/**
 * micromark drops a byte order mark that starts its input and counts offsets without it. ESLint
 * removes a file's first BOM; a second one stays in the text, so positions are moved back onto it.
 */
function parseKeepingOffsets(source: string): Root {
  const root = processor.parse(source);
  if (!source.startsWith("\uFEFF")) return root;
  const pending: Nodes[] = [root];
  // A parent and its first or last child may share one point object: move each point once.
  // The root still starts at the mark itself: it spans the whole text.
  const moved = new Set<object>(root.position ? [root.position.start] : []);
  while (pending.length > 0) {
    const node = pending.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (moved.has(point)) continue;
      moved.add(point);
      if (point.offset !== undefined) point.offset += 1;
      if (point.line === 1) point.column += 1;
    }
    if ("children" in node) pushAll(pending, node.children as Nodes[]);
  }
  return root;
}

const LINE_END = /\r\n|\r|\n/gu;

function attachFrontMatter(node: YamlWithEntries, text: string, lineIndex: LineIndex): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  // After the opening fence's line end and before the closing fence's line, whatever the line ends.
  LINE_END.lastIndex = start;
  const firstLineEnd = LINE_END.exec(text)?.[0] === undefined ? start : LINE_END.lastIndex;
  const lastLineStart = Math.max(text.lastIndexOf("\n", end - 1), text.lastIndexOf("\r", end - 1)) + 1;
  const content: [number, number] = [firstLineEnd, Math.max(firstLineEnd, lastLineStart)];
  node.entries = parseFrontMatter(text, content, [start, end], lineIndex).entries;
}

function attachMarkup(node: Html, text: string, lineIndex: LineIndex, mode: "strict" | "lenient") {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const fragment = parseMarkup(text, start, end, { lineIndex, mode });
  (node as HtmlWithMarkup).children = fragment.children;
  return fragment;
}

/**
 * remark gives `Micro<b>soft</b>` as text, html, text, html: one tag per node. Each is parsed into
 * markup here. A tag left open or closed out of order is not an error: "Dear <customer>," is
 * prose to its writer, and a mail client renders such HTML anyway, so the file is still linted.
 */
function attachInlineMarkup(parent: Parent, text: string, lineIndex: LineIndex): void {
  for (const child of parent.children) {
    if (child.type === "html") attachMarkup(child, text, lineIndex, "lenient");
  }
}

export function isHtmlWithMarkup(node: { type: string }): node is HtmlWithMarkup {
  return node.type === "html" && Array.isArray((node as Partial<HtmlWithMarkup>).children);
}
