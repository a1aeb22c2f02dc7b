import { TemplateSourceCode } from "../shared/template-source-code.js";
import type { CommentNode, MarkupChild } from "../shared/markup-ast.js";
import type { MjmlDocument } from "./ast.js";
import { pushReversed } from "../../arrays.js";

export class MjmlSourceCode extends TemplateSourceCode<MjmlDocument> {
  protected *collectComments(): Iterable<CommentNode> {
    const pending: MarkupChild[] = this.ast.children.filter((child): child is MarkupChild => child.type !== "FrontMatter").reverse();
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node.type === "Comment") yield node;
      else if (node.type === "Element") pushReversed(pending, node.children);
    }
  }
}
