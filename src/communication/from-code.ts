import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { LineIndex } from "../languages/shared/line-index.js";
import { parseMarkup } from "../languages/shared/markup-parser.js";
import { alignDecoded, PLACEHOLDER } from "../text/decode.js";
import { MappedText, MappedTextBuilder } from "../text/mapped-text.js";
import { foldPlaceholders } from "../text/transform.js";
import { BodyBuilder } from "./body-builder.js";
import { walkHtml } from "./html-walker.js";
import type { BodyItem, HeaderField, HeaderName, Message } from "./message.js";

type Node = TSESTree.Node;

/** Finds what a name stands for in the file (a `const` declared with a literal), or nothing. */
export type ResolveConstant = (identifier: TSESTree.Identifier) => Node | undefined;

export interface CodeStrings {
  readonly text: string;
  readonly resolve: ResolveConstant;
  /** With type information: the value of an expression whose type is one string literal type. */
  readonly literalType?: (node: Node) => string | undefined;
}

function unwrap(node: Node, strings: CodeStrings, depth = 0): Node | undefined {
  if (depth > 8) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.Identifier: {
      const target = strings.resolve(node);
      return target ? unwrap(target, strings, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return unwrap(node.expression, strings, depth + 1);
    default:
      return node;
  }
}

/**
 * A string literal, or a template literal whose `${name}` parts are inlined when `name` is a
 * constant string in the file and otherwise become placeholders; mapped to the source either way.
 */
export function stringOf(node: Node | undefined, strings: CodeStrings, depth = 0): MappedText | undefined {
  const target = node ? unwrap(node, strings) : undefined;
  if (!target || depth > 8) return undefined;
  if (target.type === AST_NODE_TYPES.Literal && typeof target.value === "string") {
    const start = target.range[0] + 1;
    return alignDecoded(target.value, strings.text.slice(start, target.range[1] - 1), start);
  }
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    const builder = new MappedTextBuilder();
    for (const [index, quasi] of target.quasis.entries()) {
      const start = quasi.range[0] + 1;
      const end = quasi.range[1] - (quasi.tail ? 1 : 2);
      builder.appendSource(strings.text.slice(start, end), start);
      const expression = target.expressions[index];
      if (!expression) continue;
      const inlined = stringOf(expression, strings, depth + 1);
      if (inlined) builder.appendMapped(inlined);
      else {
        // From "${" (the end of this quasi) to after "}" (the start of the next one).
        const placeholderStart = quasi.range[1] - 2;
        const placeholderEnd = (target.quasis[index + 1]?.range[0] ?? expression.range[1]) + 1;
        builder.appendAtomic(PLACEHOLDER, placeholderStart, placeholderEnd - placeholderStart);
      }
    }
    return builder.build();
  }
  // `from: config.sender` where the type says `"Microsoft Billing <…>"`: read, reported on the expression.
  const typed = strings.literalType?.(target);
  if (typed !== undefined) return new MappedText(typed, typed === "" ? [] : [{ at: 0, source: target.range[0], length: typed.length, sourceLength: target.range[1] - target.range[0] }]);
  return undefined;
}

function objectOf(node: Node | undefined, strings: CodeStrings): TSESTree.ObjectExpression | undefined {
  const target = node ? unwrap(node, strings) : undefined;
  return target?.type === AST_NODE_TYPES.ObjectExpression ? target : undefined;
}

function property(object: TSESTree.ObjectExpression | undefined, ...names: string[]): Node | undefined {
  for (const member of object?.properties ?? []) {
    if (member.type !== AST_NODE_TYPES.Property || member.computed) continue;
    const key = member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : String(member.key.value);
    if (names.includes(key)) return member.value;
  }
  return undefined;
}

/** "Name <address>" from a string, `{ name, address }`, `{ email, name }`, `{ emailAddress: {…} }`, or the first of a list. */
function addressOf(node: Node | undefined, strings: CodeStrings): MappedText | undefined {
  const target = node ? unwrap(node, strings) : undefined;
  if (!target) return undefined;
  if (target.type === AST_NODE_TYPES.ArrayExpression) {
    const first = target.elements[0];
    return first && first.type !== AST_NODE_TYPES.SpreadElement ? addressOf(first, strings) : undefined;
  }
  const asString = stringOf(target, strings);
  if (asString) return asString;
  const object = objectOf(target, strings);
  if (!object) return undefined;
  const nested = objectOf(property(object, "emailAddress"), strings);
  const source = nested ?? object;
  const address = stringOf(property(source, "address", "email"), strings);
  const name = stringOf(property(source, "name", "displayName"), strings);
  if (!address) return name;
  if (!name) return address;
  const builder = new MappedTextBuilder();
  builder.appendMapped(name);
  builder.appendSynthetic(" <", address.range[0]);
  builder.appendMapped(address);
  builder.appendSynthetic(">", address.range[1]);
  return builder.build();
}

/**
 * HTML or plain text written in code: parsed as its own text (constants inlined), and every
 * piece of the result mapped back through the string to the file.
 */
function bodyOf(value: MappedText, kind: "html" | "text"): BodyItem[] {
  const body = new BodyBuilder(true);
  if (kind === "html") {
    try {
      walkHtml(parseMarkup(value.text, 0, value.text.length, { lineIndex: new LineIndex(value.text), mode: "lenient" }).children, body);
    } catch {
      body.appendText(MappedText.fromSource(value.text, 0));
    }
  } else {
    let cursor = 0;
    for (const match of `${value.text}\n\n`.matchAll(/\n\s*\n/gu)) {
      const end = Math.min(match.index, value.text.length);
      if (value.text.slice(cursor, end).trim() !== "") {
        body.appendText(MappedText.fromSource(value.text.slice(cursor, end), cursor));
        body.endBlock("paragraph");
      }
      cursor = match.index + match[0].length;
    }
  }
  return body.build().map((item) => mapItem(item, value));
}

function mapItem(item: BodyItem, via: MappedText): BodyItem {
  if (item.kind === "text") {
    return { ...item, text: item.text.through(via), links: item.links.map((link) => ({ text: link.text.through(via), href: link.href.through(via) })) };
  }
  const [start, end] = via.sourceRange(item.range[0], item.range[1]);
  return {
    ...item,
    alt: item.alt?.through(via),
    src: item.src?.through(via),
    title: item.title?.through(via),
    href: item.href?.through(via),
    range: [start, end],
  };
}

/**
 * The message a mail-sending call builds: nodemailer and SendGrid (`from`, `replyTo`, `subject`,
 * `html`, `text`), Azure Communication Services (`senderAddress`, `content`), Microsoft Graph
 * (`message` with `body` and `from.emailAddress`). Values the code does not spell out (variables
 * from elsewhere, function calls) stay unknown, like a template's placeholders.
 */
export function buildCodeMessage(payload: TSESTree.ObjectExpression, strings: CodeStrings): Message | undefined {
  const graph = objectOf(property(payload, "message"), strings);
  const acsContent = objectOf(property(payload, "content"), strings);
  const headers = new Map<HeaderName, HeaderField>();
  const set = (name: HeaderName, value: MappedText | undefined) => {
    if (value && value.text.trim() !== "") headers.set(name, { name, value: value.trim() });
  };
  let html: MappedText | undefined;
  let text: MappedText | undefined;
  if (graph) {
    set("from", addressOf(property(graph, "from", "sender"), strings));
    set("reply-to", addressOf(property(graph, "replyTo"), strings));
    set("subject", stringOf(property(graph, "subject"), strings));
    const content = objectOf(property(graph, "body"), strings);
    const type = stringOf(property(content, "contentType"), strings)?.text.toLowerCase();
    const value = stringOf(property(content, "content"), strings);
    if (type === "text") text = value;
    else html = value;
  } else if (acsContent) {
    set("from", addressOf(property(payload, "senderAddress"), strings));
    set("reply-to", addressOf(property(payload, "replyTo"), strings));
    set("subject", stringOf(property(acsContent, "subject"), strings));
    html = stringOf(property(acsContent, "html"), strings);
    text = stringOf(property(acsContent, "plainText"), strings);
  } else {
    set("from", addressOf(property(payload, "from", "sender"), strings));
    set("reply-to", addressOf(property(payload, "replyTo", "reply_to"), strings));
    set("subject", stringOf(property(payload, "subject"), strings));
    html = stringOf(property(payload, "html"), strings);
    text = stringOf(property(payload, "text"), strings);
  }
  const items = [...(html ? bodyOf(foldPlaceholders(html), "html") : []), ...(text ? bodyOf(foldPlaceholders(text), "text") : [])];
  if (headers.size === 0 && items.length === 0) return undefined;
  return { headers, body: items };
}
