import type { Nodes, Root } from "mdast";
import { TemplateSourceCode } from "../shared/template-source-code.js";
import type { CommentNode, MarkupChild } from "../shared/markup-ast.js";
import { isHtmlWithMarkup } from "./parse.js";
import { pushReversed } from "../../arrays.js";

export class MarkdownTemplateSourceCode extends TemplateSourceCode<Root> {
  protected *collectComments(): Iterable<CommentNode> {
    const pending: (Nodes | MarkupChild)[] = [this.ast];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node.type === "Comment") yield node;
      else if (isHtmlWithMarkup(node) || node.type === "Element" || "children" in node) {
        pushReversed(pending, (node as { children: (Nodes | MarkupChild)[] }).children);
      }
    }
  }
}
