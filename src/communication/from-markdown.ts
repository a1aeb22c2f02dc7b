import type { Html, Nodes, Root, RootContent } from "mdast";
import { locateFrontMatter, parseFrontMatter } from "../languages/shared/front-matter.js";
import { LineIndex } from "../languages/shared/line-index.js";
import type { MarkupChild } from "../languages/shared/markup-ast.js";
import { parseMarkup } from "../languages/shared/markup-parser.js";
import type { YamlWithEntries } from "../languages/markdown/ast.js";
import { alignDecoded } from "../text/decode.js";
import { MappedText } from "../text/mapped-text.js";
import { BodyBuilder } from "./body-builder.js";
import { frontMatterHeaders } from "./headers.js";
import { addImageElement, attributeText, isOpenedOnly, walkHtml } from "./html-walker.js";
import type { BlockRole, HeaderField, HeaderName, Message } from "./message.js";
import { pushReversed } from "../arrays.js";

const CONTAINERS = new Set(["root", "blockquote", "list", "listItem", "table", "tableRow", "footnoteDefinition"]);
const BLOCK_ROLES: Partial<Record<string, BlockRole>> = { paragraph: "paragraph", heading: "heading", tableCell: "table-cell" };
const CLOSING_LINK = /^<\/a\s*>$/iu;

/**
 * Builds the message from mdast, from this plugin's Markdown language or from @eslint/markdown's
 * (whose HTML nodes carry no parsed markup and whose front matter may be off: both are handled).
 */
export function buildMarkdownMessage(root: Root, text: string): Message {
  const headers = new Map<HeaderName, HeaderField>();
  const lineIndex = new LazyLineIndex(text);
  const yaml = root.children.find((child) => child.type === "yaml") as YamlWithEntries | undefined;
  let skipBefore = 0;
  if (yaml?.entries) {
    for (const field of frontMatterHeaders(yaml.entries, text)) headers.set(field.name, field);
  } else {
    // @eslint/markdown without `frontmatter: "yaml"` reads the fence as a rule and a heading.
    const span = safely(() => locateFrontMatter(text));
    if (span) {
      const entries = safely(() => parseFrontMatter(text, span.content, span.range, lineIndex.get()).entries) ?? [];
      for (const field of frontMatterHeaders(entries, text)) headers.set(field.name, field);
      skipBefore = span.range[1];
    }
  }
  const body = new BodyBuilder(true);
  const walker = new MarkdownWalker(text, body, lineIndex, skipBefore);
  walker.block(root);
  return { headers, body: body.build() };
}

class LazyLineIndex {
  #index: LineIndex | undefined;
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  get(): LineIndex {
    this.#index ??= new LineIndex(this.#text);
    return this.#index;
  }
}

function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** Marks where a list item's children end, so its block ends after them. */
const END_LIST_ITEM = Symbol("end of list item");

class MarkdownWalker {
  constructor(
    private readonly text: string,
    private readonly body: BodyBuilder,
    private readonly lineIndex: LazyLineIndex,
    private readonly skipBefore: number,
  ) {}

  /** Iterative over containers: block quotes or lists nested thousands deep must not overflow the stack. */
  block(root: Nodes): void {
    const pending: (Nodes | typeof END_LIST_ITEM)[] = [root];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node === END_LIST_ITEM) this.body.endBlock("list-item");
      else this.#visit(node, pending);
    }
  }

  /** One node: a container queues its children; a paragraph, heading, cell or HTML block is read. */
  #visit(node: Nodes, pending: (Nodes | typeof END_LIST_ITEM)[]): void {
    if ((node.position?.end.offset ?? Infinity) <= this.skipBefore && node.type !== "root") return;
    if (CONTAINERS.has(node.type) && "children" in node) {
      if (node.type === "listItem") pending.push(END_LIST_ITEM);
      pushReversed(pending, node.children as Nodes[]);
      return;
    }
    const role = BLOCK_ROLES[node.type];
    if (role && "children" in node) {
      this.body.endBlock("paragraph");
      const linksOpen = this.body.openLinkCount;
      this.phrasing(node.children as RootContent[]);
      // An inline `<a href>` never closed ends with its paragraph, not at the end of the file.
      while (this.body.openLinkCount > linksOpen) this.body.closeLink();
      this.body.endBlock(role);
      return;
    }
    if (node.type === "html") {
      this.body.endBlock("paragraph");
      walkHtml(this.markup(node), this.body);
      this.body.endBlock("paragraph");
      return;
    }
    if (node.type === "thematicBreak") this.body.endBlock("paragraph");
    // code, yaml, definitions: not prose a reader takes as the message.
  }

  phrasing(nodes: readonly RootContent[]): void {
    for (const node of nodes) {
      const [start, end] = [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
      switch (node.type) {
        case "text":
          this.body.appendText(alignDecoded(node.value, this.text.slice(start, end), start));
          break;
        case "inlineCode":
          this.body.appendText(this.locate(node.value, start, end));
          break;
        case "break":
          this.body.lineBreak(start);
          break;
        case "link":
          this.body.openLink(this.locate(node.url, start, end, true));
          this.phrasing(node.children);
          this.body.closeLink();
          break;
        case "image":
          this.body.addImage({
            alt: node.alt ? this.locate(node.alt, start, end) : undefined,
            src: this.locate(node.url, start, end, true),
            title: node.title ? this.locate(node.title, start, end, true) : undefined,
            range: [start, end],
          });
          break;
        case "html":
          this.inlineHtml(node);
          break;
        default:
          if ("children" in node) this.phrasing(node.children);
      }
    }
  }

  /** Inline HTML comes one tag per node: an `<a href>` here is closed by a `</a>` node later. */
  inlineHtml(node: Html): void {
    if (CLOSING_LINK.test(node.value.trim())) {
      this.body.closeLink();
      return;
    }
    for (const child of this.markup(node)) {
      if (child.type === "Element" && isOpenedOnly(child)) {
        if (child.name === "a") {
          const href = attributeText(child, "href");
          if (href) this.body.openLink(href);
        } else if (child.name === "img") addImageElement(child, this.body);
        else if (child.name === "br") this.body.lineBreak(child.range[0]);
        continue;
      }
      walkHtml([child], this.body);
    }
  }

  markup(node: Html): readonly MarkupChild[] {
    const parsed = (node as Html & { children?: MarkupChild[] }).children;
    if (parsed) return parsed;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    return safely(() => parseMarkup(this.text, start, end, { lineIndex: this.lineIndex.get(), mode: "lenient" }).children) ?? [];
  }

  /** A value remark extracted from inside a node (a URL, alt text): find it in the node's source. */
  locate(value: string, start: number, end: number, last = false): MappedText {
    const source = this.text.slice(start, end);
    const index = last ? source.lastIndexOf(value) : source.indexOf(value);
    if (index !== -1) return MappedText.fromSource(value, start + index);
    return new MappedText(value, value.length === 0 ? [] : [{ at: 0, source: start, length: value.length, sourceLength: end - start }]);
  }
}
