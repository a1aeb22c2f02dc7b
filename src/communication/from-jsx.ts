import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { decodeEntitiesMapped, PLACEHOLDER } from "../text/decode.js";
import { MappedText } from "../text/mapped-text.js";
import { collapseWhitespace, foldPlaceholders } from "../text/transform.js";
import { BodyBuilder } from "./body-builder.js";
import { stringOf, type CodeStrings } from "./from-code.js";
import type { BlockRole, HeaderField, HeaderName, Message } from "./message.js";

/** React Email components (and their HTML counterparts) by what a reader sees. */
const BLOCKS: Record<string, BlockRole> = {
  Text: "paragraph", p: "paragraph", div: "paragraph", Heading: "heading", h1: "heading", h2: "heading", h3: "heading",
  h4: "heading", td: "table-cell", Column: "table-cell", li: "list-item", Hr: "paragraph", hr: "paragraph",
};
const LINKS = new Set(["Link", "a"]);
const BUTTONS = new Set(["Button"]);
const IMAGES = new Set(["Img", "img"]);
const HIDDEN = new Set(["Head", "head", "Font", "style", "Style", "Tailwind"]);

function elementName(element: TSESTree.JSXElement): string {
  const name = element.openingElement.name;
  if (name.type === AST_NODE_TYPES.JSXIdentifier) return name.name;
  if (name.type === AST_NODE_TYPES.JSXMemberExpression) return name.property.name;
  return name.name.name;
}

function attributeOf(element: TSESTree.JSXElement, name: string, strings: CodeStrings): MappedText | undefined {
  for (const attribute of element.openingElement.attributes) {
    if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.name !== name || !attribute.value) continue;
    if (attribute.value.type === AST_NODE_TYPES.Literal) return stringOf(attribute.value, strings);
    if (attribute.value.type === AST_NODE_TYPES.JSXExpressionContainer && attribute.value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression) {
      return stringOf(attribute.value.expression, strings);
    }
  }
  return undefined;
}

/**
 * The message a React Email component tree renders: `<Preview>` is the preheader; `<Text>`,
 * `<Heading>`, `<Link>`, `<Button>` and `<Img>` the body. Dynamic parts are placeholders.
 */
export function buildJsxMessage(root: TSESTree.JSXElement, strings: CodeStrings): Message {
  const headers = new Map<HeaderName, HeaderField>();
  const body = new BodyBuilder(false);
  type Task = { readonly node: TSESTree.JSXChild } | { readonly then: () => void };
  const tasks: Task[] = [{ node: root }];
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    if ("then" in task) {
      task.then();
      continue;
    }
    const node = task.node;
    if (node.type === AST_NODE_TYPES.JSXText) {
      body.appendText(decodeEntitiesMapped(strings.text.slice(node.range[0], node.range[1]), node.range[0]));
      continue;
    }
    if (node.type === AST_NODE_TYPES.JSXExpressionContainer) {
      if (node.expression.type === AST_NODE_TYPES.JSXEmptyExpression) continue;
      const value = stringOf(node.expression, strings);
      body.appendText(value ?? new MappedText(PLACEHOLDER, [{ at: 0, source: node.range[0], length: 1, sourceLength: node.range[1] - node.range[0] }]));
      continue;
    }
    if (node.type === AST_NODE_TYPES.JSXFragment) {
      for (let index = node.children.length - 1; index >= 0; index--) tasks.push({ node: node.children[index]! });
      continue;
    }
    if (node.type !== AST_NODE_TYPES.JSXElement) continue;
    const name = elementName(node);
    if (HIDDEN.has(name)) continue;
    if (name === "Preview") {
      const preview = new BodyBuilder(false);
      for (const child of node.children) {
        if (child.type === AST_NODE_TYPES.JSXText) preview.appendText(decodeEntitiesMapped(strings.text.slice(child.range[0], child.range[1]), child.range[0]));
        else if (child.type === AST_NODE_TYPES.JSXExpressionContainer && child.expression.type !== AST_NODE_TYPES.JSXEmptyExpression) {
          const value = stringOf(child.expression, strings);
          if (value) preview.appendText(value);
        }
      }
      const [block] = preview.build();
      if (block?.kind === "text") headers.set("preheader", { name: "preheader", value: collapseWhitespace(foldPlaceholders(block.text), false).trim() });
      continue;
    }
    if (name === "br") {
      body.lineBreak(node.range[0]);
      continue;
    }
    if (IMAGES.has(name)) {
      body.addImage({ alt: attributeOf(node, "alt", strings), src: attributeOf(node, "src", strings), title: attributeOf(node, "title", strings), range: node.range });
      continue;
    }
    const href = LINKS.has(name) || BUTTONS.has(name) ? attributeOf(node, "href", strings) : undefined;
    const role = BUTTONS.has(name) ? "button" : BLOCKS[name];
    if (role) body.endBlock("paragraph");
    if (href) body.openLink(href);
    tasks.push({
      then: () => {
        if (href) body.closeLink();
        if (role) body.endBlock(role);
      },
    });
    for (let index = node.children.length - 1; index >= 0; index--) tasks.push({ node: node.children[index]! });
  }
  return { headers, body: body.build() };
}
