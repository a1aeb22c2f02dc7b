import type { AttributeNode, ElementNode, MarkupChild } from "../languages/shared/markup-ast.js";
import { decodeEntitiesMapped } from "../text/decode.js";
import type { MappedText } from "../text/mapped-text.js";
import type { BodyBuilder } from "./body-builder.js";
import type { BlockRole } from "./message.js";

const HIDDEN_ELEMENTS = new Set(["style", "script", "head", "title", "template", "noscript", "mj-style", "xml"]);
const BLOCK_ROLES = new Map<string, BlockRole>(Object.entries({
  p: "paragraph", div: "paragraph", section: "paragraph", article: "paragraph", header: "paragraph", footer: "paragraph",
  center: "paragraph", pre: "paragraph", table: "paragraph", tr: "paragraph", tbody: "paragraph", thead: "paragraph",
  tfoot: "paragraph", ul: "paragraph", ol: "paragraph", dl: "paragraph", hr: "paragraph", address: "paragraph",
  h1: "heading", h2: "heading", h3: "heading", h4: "heading", h5: "heading", h6: "heading",
  li: "list-item", dt: "list-item", dd: "list-item", td: "table-cell", th: "table-cell", blockquote: "quote",
} satisfies Record<string, BlockRole>));

export function attribute(element: ElementNode, name: string): AttributeNode | undefined {
  return element.attributes.find((candidate) => candidate.name === name);
}

/** An attribute's value, entities decoded, mapped to the characters inside its quotes. */
export function attributeText(element: ElementNode, name: string): MappedText | undefined {
  const found = attribute(element, name);
  if (!found?.valueRange || found.rawValue === null) return undefined;
  return decodeEntitiesMapped(found.rawValue, found.valueRange[0]);
}

export function addImageElement(element: ElementNode, body: BodyBuilder): void {
  body.addImage({
    alt: attributeText(element, "alt"),
    src: attributeText(element, "src"),
    title: attributeText(element, "title"),
    range: element.range,
  });
}

/** Whether an element was opened in one fragment and is closed in a later one (Markdown inline HTML). */
export function isOpenedOnly(element: ElementNode): boolean {
  return element.endTagRange === null && !element.selfClosing && element.children.length === 0 && element.range[1] === element.startTagRange[1];
}

/** Work left after an element's children: close its link, end its block. Shared, never allocated per node. */
interface AfterChildren {
  readonly after: "close-link" | BlockRole;
}
const CLOSE_LINK: AfterChildren = { after: "close-link" };
const END_BLOCK = new Map<BlockRole, AfterChildren>([...BLOCK_ROLES.values()].map((role) => [role, { after: role }]));

/**
 * Walks HTML content (inside an MJML ending tag or a Markdown HTML node) into the body. Iterative,
 * so thousands of nested inline tags cannot overflow the call stack.
 */
export function walkHtml(children: readonly MarkupChild[], body: BodyBuilder): void {
  const tasks: (MarkupChild | AfterChildren)[] = [];
  const pushChildren = (nodes: readonly MarkupChild[]) => {
    for (let index = nodes.length - 1; index >= 0; index--) tasks.push(nodes[index]!);
  };
  pushChildren(children);
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    if ("after" in task) {
      if (task.after === "close-link") body.closeLink();
      else body.endBlock(task.after);
      continue;
    }
    const child = task;
    if (child.type === "Text") {
      body.appendHtmlText(child.raw, child.range[0]);
      continue;
    }
    if (child.type === "Comment" || HIDDEN_ELEMENTS.has(child.name)) continue;
    switch (child.name) {
      case "br":
        body.lineBreak(child.range[0]);
        continue;
      case "img":
        addImageElement(child, body);
        continue;
      case "a": {
        const href = attributeText(child, "href");
        if (href) body.openLink(href);
        if (href && !isOpenedOnly(child)) tasks.push(CLOSE_LINK);
        pushChildren(child.children);
        continue;
      }
      default: {
        const role = BLOCK_ROLES.get(child.name);
        // Inline elements add no space: `Micro<b>soft</b>` reads as one word, as in a mail client.
        if (role) {
          body.endBlock("paragraph");
          tasks.push(END_BLOCK.get(role)!);
        }
        pushChildren(child.children);
      }
    }
  }
}
