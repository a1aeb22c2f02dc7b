import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { LineIndex } from "../languages/shared/line-index.js";
import { parseMarkup } from "../languages/shared/markup-parser.js";
import { alignDecoded } from "../text/decode.js";
import { MappedText, MappedTextBuilder } from "../text/mapped-text.js";
import { foldPlaceholders } from "../text/transform.js";
import { BodyBuilder } from "./body-builder.js";
import { walkHtml } from "./html-walker.js";
import type { HeaderField, HeaderName, Message } from "./message.js";

type Node = TSESTree.Node;

/** Finds what a name stands for in the file (a `const` declared with a literal), or nothing. */
export type ResolveConstant = (identifier: TSESTree.Identifier) => Node | undefined;

interface CodeStrings {
  readonly text: string;
  readonly resolve: ResolveConstant;
  lineIndex?: LineIndex;
}

/** A string written in code, with its content's source range when the source spells it out. */
interface CodeString {
  readonly value: MappedText;
  /** Source range of the literal's content, for parsing HTML in place. */
  readonly content: readonly [number, number];
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

/** A string literal or template literal (`${…}` parts become placeholders), mapped to the source. */
function stringOf(node: Node | undefined, strings: CodeStrings): CodeString | undefined {
  const target = node ? unwrap(node, strings) : undefined;
  if (!target) return undefined;
  if (target.type === AST_NODE_TYPES.Literal && typeof target.value === "string") {
    const start = target.range[0] + 1;
    const end = target.range[1] - 1;
    return { value: alignDecoded(target.value, strings.text.slice(start, end), start), content: [start, end] };
  }
  if (target.type === AST_NODE_TYPES.TemplateLiteral) {
    const start = target.range[0] + 1;
    const end = target.range[1] - 1;
    const builder = new MappedTextBuilder();
    builder.appendMapped(MappedText.fromSource(strings.text.slice(start, end), start));
    return { value: foldPlaceholders(builder.build()), content: [start, end] };
  }
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
  if (asString) return asString.value;
  const object = objectOf(target, strings);
  if (!object) return undefined;
  const nested = objectOf(property(object, "emailAddress"), strings);
  const source = nested ?? object;
  const address = stringOf(property(source, "address", "email"), strings)?.value;
  const name = stringOf(property(source, "name", "displayName"), strings)?.value;
  if (!address) return name;
  if (!name) return address;
  const builder = new MappedTextBuilder();
  builder.appendMapped(name);
  builder.appendSynthetic(" <", address.range[0]);
  builder.appendMapped(address);
  builder.appendSynthetic(">", address.range[1]);
  return builder.build();
}

function addHtml(html: CodeString, body: BodyBuilder, strings: CodeStrings): void {
  strings.lineIndex ??= new LineIndex(strings.text);
  const [start, end] = html.content;
  try {
    walkHtml(parseMarkup(strings.text, start, end, { lineIndex: strings.lineIndex, mode: "lenient" }).children, body);
  } catch {
    body.appendText(html.value);
  }
  body.endBlock("paragraph");
}

function addText(text: CodeString, body: BodyBuilder): void {
  let cursor = 0;
  for (const match of `${text.value.text}\n\n`.matchAll(/\n\s*\n/gu)) {
    const paragraph = text.value.slice(cursor, Math.min(match.index, text.value.text.length));
    if (paragraph.text.trim() !== "") {
      body.appendText(paragraph);
      body.endBlock("paragraph");
    }
    cursor = match.index + match[0].length;
  }
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
  const body = new BodyBuilder(true);
  const set = (name: HeaderName, value: MappedText | undefined) => {
    if (value && value.text.trim() !== "") headers.set(name, { name, value: value.trim() });
  };
  let html: CodeString | undefined;
  let text: CodeString | undefined;
  if (graph) {
    set("from", addressOf(property(graph, "from", "sender"), strings));
    set("reply-to", addressOf(property(graph, "replyTo"), strings));
    set("subject", stringOf(property(graph, "subject"), strings)?.value);
    const content = objectOf(property(graph, "body"), strings);
    const type = stringOf(property(content, "contentType"), strings)?.value.text.toLowerCase();
    const value = stringOf(property(content, "content"), strings);
    if (type === "text") text = value;
    else html = value;
  } else if (acsContent) {
    set("from", addressOf(property(payload, "senderAddress"), strings));
    set("reply-to", addressOf(property(payload, "replyTo"), strings));
    set("subject", stringOf(property(acsContent, "subject"), strings)?.value);
    html = stringOf(property(acsContent, "html"), strings);
    text = stringOf(property(acsContent, "plainText"), strings);
  } else {
    set("from", addressOf(property(payload, "from", "sender"), strings));
    set("reply-to", addressOf(property(payload, "replyTo", "reply_to"), strings));
    set("subject", stringOf(property(payload, "subject"), strings)?.value);
    html = stringOf(property(payload, "html"), strings);
    text = stringOf(property(payload, "text"), strings);
  }
  if (html) addHtml(html, body, strings);
  if (text) addText(text, body);
  const items = body.build();
  if (headers.size === 0 && items.length === 0) return undefined;
  return { headers, body: items };
}
