import type { FrontMatterNode } from "../shared/front-matter.js";
import type { SourceLocation } from "../shared/line-index.js";
import type { MarkupChild, Range } from "../shared/markup-ast.js";

export type { AttributeNode, CommentNode, ElementNode, MarkupChild, MarkupNode, TextNode, Range } from "../shared/markup-ast.js";
export type { FrontMatterNode, FrontMatterEntry } from "../shared/front-matter.js";

/**
 * The root of an MJML file: optional YAML front matter, then MJML elements. The HTML inside
 * ending tags (`mj-text`, `mj-button`, `mj-raw`, …) is parsed into child elements too.
 */
export interface MjmlDocument {
  type: "Document";
  children: (FrontMatterNode | MarkupChild)[];
  range: Range;
  loc: SourceLocation;
}
