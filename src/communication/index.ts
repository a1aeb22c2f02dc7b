import type { Root } from "mdast";
import type { MjmlDocument } from "../languages/mjml/ast.js";
import { buildMarkdownMessage } from "./from-markdown.js";
import { buildMjmlMessage } from "./from-mjml.js";
import type { Message } from "./message.js";

export type * from "./message.js";

const cache = new WeakMap<object, Message>();

/**
 * The one place that knows which format a tree came from. Built once per parsed file and shared
 * by every rule (ESLint gives all rules the same AST object).
 */
export function getMessage(ast: unknown, text: string): Message {
  const key = ast as object;
  const cached = cache.get(key);
  if (cached) return cached;
  const root = ast as { type?: string };
  let message: Message;
  if (root.type === "Document") message = buildMjmlMessage(ast as MjmlDocument, text);
  else if (root.type === "root") message = buildMarkdownMessage(ast as Root, text);
  else message = { headers: new Map(), body: [] };
  cache.set(key, message);
  return message;
}
