import type { MjmlDocument } from "../languages/mjml/ast.js";
import type { ElementNode, MarkupChild } from "../languages/shared/markup-ast.js";
import { decodeEntitiesMapped } from "../text/decode.js";
import { MappedTextBuilder, type MappedText } from "../text/mapped-text.js";
import { collapseWhitespace, foldPlaceholders } from "../text/transform.js";
import { BodyBuilder } from "./body-builder.js";
import { frontMatterHeaders } from "./headers.js";
import { addImageElement, attribute, attributeText, walkHtml } from "./html-walker.js";
import { headerNameOf, type HeaderField, type HeaderName, type Message } from "./message.js";
import { pushReversed } from "../arrays.js";

/** Components whose content is HTML shown as text. */
const HTML_CONTENT = new Set(["mj-text", "mj-raw", "mj-table", "mj-accordion-text", "mj-accordion-title"]);
/** Components that are a link with a label. */
const LINK_COMPONENTS = new Set(["mj-button", "mj-navbar-link", "mj-social-element"]);
const IMAGE_COMPONENTS = new Set(["mj-image", "mj-carousel-image"]);

export function buildMjmlMessage(document: MjmlDocument, text: string): Message {
  const headers = new Map<HeaderName, HeaderField>();
  const frontMatter = document.children.find((child) => child.type === "FrontMatter");
  if (frontMatter) for (const field of frontMatterHeaders(frontMatter.entries, text)) headers.set(field.name, field);
  const body = new BodyBuilder(false);
  const markup = document.children.filter((child): child is MarkupChild => child.type !== "FrontMatter");
  walkMjml(markup, body, headers);
  return { headers, body: body.build() };
}

/** Iterative, so MJML nested thousands of levels deep cannot overflow the call stack. */
function walkMjml(children: readonly MarkupChild[], body: BodyBuilder, headers: Map<HeaderName, HeaderField>): void {
  const pending = [...children].reverse();
  while (pending.length > 0) {
    const child = pending.pop()!;
    if (child.type === "Comment") continue;
    if (child.type === "Text") {
      // Stray text between MJML components is not rendered by MJML, but a reader of the file sees it.
      if (child.value.trim() !== "") body.appendHtmlText(child.raw, child.range[0]);
      continue;
    }
    const name = child.name;
    if (name === "mj-head") {
      readHead(child, headers);
    } else if (HTML_CONTENT.has(name)) {
      body.endBlock("paragraph");
      walkHtml(child.children, body);
      body.endBlock("paragraph");
    } else if (LINK_COMPONENTS.has(name)) {
      body.endBlock("paragraph");
      const href = attributeText(child, "href");
      if (href) body.openLink(href);
      walkHtml(child.children, body);
      if (href) body.closeLink();
      body.endBlock("button");
    } else if (IMAGE_COMPONENTS.has(name)) {
      addImageElement(child, body);
      const href = attributeText(child, "href");
      if (href) {
        body.openLink(href);
        body.closeLink();
        body.endBlock("paragraph");
      }
    } else if (name === "mj-include" || name === "mj-style" || name === "mj-attributes") {
      continue;
    } else if (name.startsWith("mj")) {
      // A section's background image is seen like an image: a logo can hide there too.
      const background = attributeText(child, "background-url");
      if (background) body.addImage({ alt: undefined, src: background, title: undefined, range: child.startTagRange });
      for (let index = child.children.length - 1; index >= 0; index--) pending.push(child.children[index]!);
    } else {
      walkHtml([child], body);
    }
  }
}

/** `<mj-title>`, `<mj-preview>` and `<meta name content>` (also inside `<mj-raw>`) in the head. */
function readHead(head: ElementNode, headers: Map<HeaderName, HeaderField>): void {
  const pending: MarkupChild[] = [];
  pushReversed(pending, head.children);
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type !== "Element") continue;
    if (node.name === "mj-title") setIfAbsent(headers, "subject", elementText(node));
    else if (node.name === "mj-preview") setIfAbsent(headers, "preheader", elementText(node));
    else if (node.name === "meta") {
      const key = attribute(node, "name")?.value;
      const name = key ? headerNameOf(key) : undefined;
      const content = attributeText(node, "content");
      if (name && content) setIfAbsent(headers, name, collapseWhitespace(foldPlaceholders(content), false).trim());
    } else pushReversed(pending, node.children);
  }
}

function setIfAbsent(headers: Map<HeaderName, HeaderField>, name: HeaderName, value: MappedText): void {
  if (!headers.has(name) && value.text !== "") headers.set(name, { name, value });
}

function elementText(element: ElementNode): MappedText {
  const builder = new MappedTextBuilder();
  const pending: MarkupChild[] = [];
  pushReversed(pending, element.children);
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === "Text") builder.appendMapped(decodeEntitiesMapped(node.raw, node.range[0]));
    else if (node.type === "Element") pushReversed(pending, node.children);
  }
  return collapseWhitespace(foldPlaceholders(builder.build()), false).trim();
}
