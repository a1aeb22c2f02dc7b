import { Tokenizer, QuoteType } from "htmlparser2";
import { decodeEntities } from "../../text/decode.js";
import type { LineIndex } from "./line-index.js";
import { ParseFailure } from "./parse-failure.js";
import type { AttributeNode, CommentNode, ElementNode, MarkupChild, Range } from "./markup-ast.js";

const VOID_ELEMENTS = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);

/** HTML elements a browser closes by itself when their parent closes; no error for leaving them open. */
const OPTIONAL_END_ELEMENTS = new Set([
  "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "colgroup", "caption",
]);

export interface MarkupParseOptions {
  readonly lineIndex: LineIndex;
  /**
   * `strict`: every non-void element must be closed and every closing tag must match (MJML
   * documents, inline HTML in a Markdown paragraph). `lenient`: an HTML block in Markdown may open
   * what a later block closes, so only what is inside the fragment is paired.
   */
  readonly mode: "strict" | "lenient";
  /** Element names whose content is not markup (e.g. `mj-style`), kept as one text node. */
  readonly rawTextElements?: ReadonlySet<string>;
}

export interface MarkupFragment {
  children: MarkupChild[];
  /** Elements left open at the end of a lenient fragment (to pair with a later fragment). */
  unclosed: ElementNode[];
  /** Closing tags without an opener in a lenient fragment. */
  strayClosingTags: { name: string; range: Range }[];
}

/**
 * Builds a markup tree with exact offsets from `text[start, end)` using htmlparser2's tokenizer,
 * which reports every tag, attribute name and value position. Entities stay raw in `raw` and are
 * decoded in `value`; the communication model decodes them again with a source map.
 */
export function parseMarkup(text: string, start: number, end: number, options: MarkupParseOptions): MarkupFragment {
  const { lineIndex } = options;
  const loc = (range: Range) => lineIndex.location(range[0], range[1]);
  const root: MarkupChild[] = [];
  const stack: ElementNode[] = [];
  const strayClosingTags: { name: string; range: Range }[] = [];
  let pendingElement: ElementNode | undefined;
  let pendingAttribute: AttributeNode | undefined;
  let rawTextUntil: string | undefined;
  const base = start;

  const children = (): MarkupChild[] => stack.at(-1)?.children ?? root;
  const slice = (from: number, to: number) => text.slice(from, to);

  const closeElement = (element: ElementNode, endOffset: number, endTag: Range | null) => {
    element.endTagRange = endTag;
    element.range = [element.range[0], endOffset];
    element.loc = loc(element.range);
  };

  const appendText = (from: number, to: number) => {
    if (to <= from) return;
    const siblings = children();
    const last = siblings.at(-1);
    if (last?.type === "Text" && last.range[1] === from) {
      last.raw += slice(from, to);
      last.value = decodeEntities(last.raw);
      last.range = [last.range[0], to];
      last.loc = loc(last.range);
      return;
    }
    const raw = slice(from, to);
    siblings.push({ type: "Text", raw, value: decodeEntities(raw), range: [from, to], loc: loc([from, to]) });
  };

  const openElement = (element: ElementNode, tagEnd: number, selfClosing: boolean) => {
    // Inside `<mj-style>` a tag is text (CSS may hold "<b>"), as it is for MJML and browsers.
    if (rawTextUntil !== undefined) {
      appendText(element.range[0], tagEnd);
      return;
    }
    element.startTagRange = [element.range[0], tagEnd];
    element.range = [element.range[0], tagEnd];
    element.loc = loc(element.range);
    element.selfClosing = selfClosing;
    children().push(element);
    if (!selfClosing && !VOID_ELEMENTS.has(element.name)) {
      stack.push(element);
      if (options.rawTextElements?.has(element.name)) rawTextUntil = element.name;
    }
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false, recognizeSelfClosing: true },
    {
      onopentagname(from, to) {
        const range: Range = [base + from - 1, base + to];
        pendingElement = {
          type: "Element",
          name: slice(base + from, base + to).toLowerCase(),
          nameRange: [base + from, base + to],
          attributes: [],
          children: [],
          selfClosing: false,
          startTagRange: range,
          endTagRange: null,
          range,
          loc: loc(range),
        };
      },
      onattribname(from, to) {
        const nameRange: Range = [base + from, base + to];
        pendingAttribute = {
          type: "Attribute",
          name: slice(nameRange[0], nameRange[1]).toLowerCase(),
          nameRange,
          nameLoc: loc(nameRange),
          rawValue: null,
          value: null,
          valueRange: null,
          valueLoc: null,
          range: nameRange,
          loc: loc(nameRange),
        };
      },
      onattribdata(from, to) {
        if (!pendingAttribute) return;
        const valueStart = pendingAttribute.valueRange?.[0] ?? base + from;
        pendingAttribute.valueRange = [valueStart, base + to];
      },
      onattribentity() {
        // Entities are not decoded by the tokenizer (decodeEntities: false); nothing to do.
      },
      onattribend(quote, to) {
        const attribute = pendingAttribute;
        pendingAttribute = undefined;
        if (!attribute || !pendingElement) return;
        if (quote !== QuoteType.NoValue) {
          // An empty quoted value (`alt=""`) gets no data callback: place it between the quotes.
          const valueRange: Range =
            attribute.valueRange ?? (quote === QuoteType.Unquoted ? [base + to, base + to] : [base + to - 1, base + to - 1]);
          attribute.valueRange = valueRange;
          attribute.valueLoc = loc(valueRange);
          attribute.rawValue = slice(valueRange[0], valueRange[1]);
          attribute.value = decodeEntities(attribute.rawValue);
        }
        attribute.range = [attribute.nameRange[0], base + to];
        attribute.loc = loc(attribute.range);
        pendingElement.attributes.push(attribute);
      },
      onopentagend(at) {
        const element = pendingElement;
        pendingElement = undefined;
        if (element) openElement(element, base + at + 1, false);
      },
      onselfclosingtag(at) {
        const element = pendingElement;
        pendingElement = undefined;
        if (element) openElement(element, base + at + 1, true);
      },
      onclosetag(from, to) {
        const name = slice(base + from, base + to).toLowerCase();
        const tagStart = base + from - 2;
        const closeAt = text.indexOf(">", base + to);
        const tagEnd = closeAt === -1 || closeAt >= end ? base + to : closeAt + 1;
        const endTag: Range = [tagStart, tagEnd];
        if (rawTextUntil !== undefined) {
          if (name !== rawTextUntil) {
            appendText(tagStart, tagEnd);
            return;
          }
          rawTextUntil = undefined;
        }
        if (VOID_ELEMENTS.has(name)) return; // `</br>`: browsers ignore it, so do we
        const openIndex = stack.findLastIndex((element) => element.name === name);
        if (openIndex === -1) {
          if (options.mode === "strict") {
            const expected = stack.at(-1);
            throw new ParseFailure(
              expected
                ? `Closing tag </${name}> does not match the open <${expected.name}> (opened at line ${expected.loc.start.line}, column ${expected.loc.start.column}).`
                : `Closing tag </${name}> has no matching opening tag.`,
              tagStart,
            );
          }
          strayClosingTags.push({ name, range: endTag });
          return;
        }
        for (let index = stack.length - 1; index > openIndex; index--) {
          const inner = stack[index]!;
          if (options.mode === "strict" && !OPTIONAL_END_ELEMENTS.has(inner.name)) {
            throw new ParseFailure(
              `Element <${inner.name}> (opened at line ${inner.loc.start.line}, column ${inner.loc.start.column}) is not closed before </${name}>.`,
              tagStart,
            );
          }
          closeElement(inner, tagStart, null);
        }
        const closed = stack[openIndex]!;
        stack.length = openIndex;
        closeElement(closed, tagEnd, endTag);
      },
      ontext(from, to) {
        appendText(base + from, base + to);
      },
      ontextentity() {
        // Not called with decodeEntities: false.
      },
      oncomment(from, to, endOffset) {
        const commentStart = text.lastIndexOf("<", base + from);
        const valueRange: Range = [base + from, base + to - endOffset];
        const range: Range = [commentStart === -1 ? base + from : commentStart, Math.min(end, base + to + 1)];
        const comment: CommentNode = {
          type: "Comment",
          value: slice(valueRange[0], valueRange[1]),
          valueRange,
          range,
          loc: loc(range),
        };
        if (rawTextUntil !== undefined) appendText(range[0], range[1]);
        else children().push(comment);
      },
      oncdata(from, to) {
        appendText(base + from, base + to);
      },
      ondeclaration() {
        // `<!DOCTYPE …>` carries no content.
      },
      onprocessinginstruction() {
        // `<?xml …?>` carries no content.
      },
      onend() {
        // Handled after `end()` returns.
      },
    },
  );

  tokenizer.write(text.slice(start, end));
  tokenizer.end();

  if (pendingElement) {
    throw new ParseFailure(`Tag <${pendingElement.name}> is not finished: its ">" is missing.`, pendingElement.range[0]);
  }
  const unclosed = [...stack];
  if (options.mode === "strict") {
    const firstUnclosed = unclosed.find((element) => !OPTIONAL_END_ELEMENTS.has(element.name));
    if (firstUnclosed) {
      throw new ParseFailure(`Element <${firstUnclosed.name}> is never closed.`, firstUnclosed.range[0]);
    }
  }
  for (const element of unclosed.reverse()) closeElement(element, end, null);
  return { children: root, unclosed: options.mode === "lenient" ? unclosed : [], strayClosingTags };
}
