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

/** Parents whose children are inline (phrasing) content: inline HTML tags there must pair up. */
const PHRASING_PARENTS = new Set(["paragraph", "heading", "tableCell", "emphasis", "strong", "delete", "link", "linkReference"]);

/**
 * `path` (when given) lets a file that is linted again, as the editor does on every change, reuse
 * the parse of its unchanged paragraphs; see chunks.ts.
 */
export function parseMarkdown(text: string, lineIndex: LineIndex, path?: string, pieceSizes = PIECE_SIZES): Root {
  const root = parseInPieces(text, parseKeepingOffsets, { sizes: pieceSizes, reuse: path !== undefined && lintedBefore(path) });
  const pending: Nodes[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
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

function attachFrontMatter(node: YamlWithEntries, text: string, lineIndex: LineIndex): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const firstLineEnd = text.indexOf("\n", start) + 1;
  const lastLineStart = text.lastIndexOf("\n", end - 1) + 1;
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
