import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { decodeEntitiesMapped, PLACEHOLDER } from "../text/decode.js";
import { MappedText, MappedTextBuilder } from "../text/mapped-text.js";
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

/** Text between tags, or a `{…}` expression: its string where the code spells it out, else a placeholder. */
function inlineText(node: TSESTree.JSXText | TSESTree.JSXExpressionContainer, strings: CodeStrings): MappedText | undefined {
  if (node.type === AST_NODE_TYPES.JSXText) return decodeEntitiesMapped(strings.text.slice(node.range[0], node.range[1]), node.range[0]);
  if (node.expression.type === AST_NODE_TYPES.JSXEmptyExpression) return undefined;
  return stringOf(node.expression, strings) ?? new MappedText(PLACEHOLDER, [{ at: 0, source: node.range[0], length: 1, sourceLength: node.range[1] - node.range[0] }]);
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
    if (node.type === AST_NODE_TYPES.JSXText || node.type === AST_NODE_TYPES.JSXExpressionContainer) {
      const text = inlineText(node, strings);
      if (text) body.appendText(text);
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
      const preview = new MappedTextBuilder();
      for (const child of node.children) {
        const text = child.type === AST_NODE_TYPES.JSXText || child.type === AST_NODE_TYPES.JSXExpressionContainer ? inlineText(child, strings) : undefined;
        if (text) preview.appendMapped(text);
      }
      const value = collapseWhitespace(foldPlaceholders(preview.build()), false).trim();
      if (value.text !== "") headers.set("preheader", { name: "preheader", value });
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
