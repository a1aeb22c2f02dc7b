import { locateFrontMatter, parseFrontMatter, type FrontMatterNode } from "../shared/front-matter.js";
import type { LineIndex } from "../shared/line-index.js";
import { parseMarkup } from "../shared/markup-parser.js";
import type { MjmlDocument } from "./ast.js";
import { pushAll } from "../../arrays.js";

/** Content that is not markup: CSS and scripts keep their text as written. */
const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(["mj-style", "style", "script"]);

export function parseMjml(text: string, lineIndex: LineIndex): MjmlDocument {
  const children: MjmlDocument["children"] = [];
  let markupStart = 0;
  const frontMatterSpan = locateFrontMatter(text);
  if (frontMatterSpan) {
    const frontMatter: FrontMatterNode = parseFrontMatter(text, frontMatterSpan.content, frontMatterSpan.range, lineIndex);
    children.push(frontMatter);
    markupStart = frontMatterSpan.range[1];
  }
  const markup = parseMarkup(text, markupStart, text.length, { lineIndex, mode: "strict", rawTextElements: RAW_TEXT_ELEMENTS });
  pushAll(children, markup.children);
  return { type: "Document", children, range: [0, text.length], loc: lineIndex.location(0, text.length) };
}
