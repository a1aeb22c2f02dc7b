import type { Html, Yaml } from "mdast";
import type { FrontMatterEntry } from "../shared/front-matter.js";
import type { MarkupChild } from "../shared/markup-ast.js";

export type { Root } from "mdast";

/** An mdast `html` node whose markup this language parsed into child nodes with exact offsets. */
export interface HtmlWithMarkup extends Html {
  children: MarkupChild[];
}

/** The mdast `yaml` front matter node, with its keys and values located. */
export interface YamlWithEntries extends Yaml {
  entries: FrontMatterEntry[];
}
