import type { List, Root, RootContent } from "mdast";
import { pushAll } from "../../arrays.js";

/**
 * Incremental Markdown parsing for the editor. The language server lints the whole text on every
 * keystroke, and micromark parses about 2 MB/s, so a 50 KB template cost ~30 ms before any rule
 * ran. A document is cut where nothing can continue across the cut, each piece is parsed alone,
 * and pieces seen before come from a cache with their positions shifted, so an edit re-parses
 * only the piece it touched.
 *
 * A cut goes before a line that starts with an ASCII letter right after a blank line. There every
 * container (list, block quote) has ended, a paragraph cannot continue lazily, no setext underline
 * or table row can follow — except that an unclosed top-level fenced code block or an HTML block
 * that ends at a marker (`-->`, `</pre>` …) runs on. That shows in the piece's own tree as its last
 * node being such a block left open, and then the rest of the document is parsed as one piece.
 *
 * A cut also goes before a list item at the start of a line, with or without a blank line before:
 * a list that goes on across the cut is joined back into one (same bullet, or ordered with the
 * same delimiter). Each piece is parsed with the line after it, which is then dropped, so how its
 * last block ends (a list's looseness, an HTML block that swallows the next line) is decided as in
 * the whole document. micromark parses one long list in quadratic time, so these cuts also keep a
 * long list linear.
 *
 * Link and footnote definitions are document-wide, so a document that may have one (`]:`) is
 * parsed whole, and front matter always stays in the first piece. Tests hold the result equal to a
 * whole-document parse over the corpus, generated templates and fuzzed documents.
 */
// A lone \r is a line break only when no \n follows, or CRLF would read as two breaks. After a
// blank line a letter cuts; a list item cuts after any line. The item must be non-empty, and
// numbered 1 if ordered: only those start a list wherever micromark might read the line as
// interrupting a paragraph (it does after an indented code block).
const CUT = /(?:\r\n|\n|\r(?!\n))(?:[ \t]*(?:\r\n|\n|\r)(?=[A-Za-z])|(?=(?:[-*+]|1[.)])[ \t]+\S))/gu;
const FRONT_MATTER_OPEN = /^---[ \t]*(?:\r\n|\n|\r)/u;
const FRONT_MATTER_CLOSE = /(?:\r\n|\n|\r)(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/u;

export interface PieceSizes {
  /** Below this length a document is parsed whole: the cuts would cost more than they save. */
  readonly minDocumentLength: number;
  /**
   * Each piece costs a parser start-up (~0.05 ms, more with garbage), so a list of one-line items
   * is cut every few items; paragraphs are usually longer, so prose is still cut at every one.
   */
  readonly minPieceLength: number;
}

export const PIECE_SIZES: PieceSizes = { minDocumentLength: 16 * 1024, minPieceLength: 256 };

/** Start offsets of the pieces (the first is 0), or undefined when the document must be parsed whole. */
export function pieceStarts(text: string, minPieceLength = PIECE_SIZES.minPieceLength): number[] | undefined {
  if (text.includes("]:")) return undefined;
  let from = 0;
  if (FRONT_MATTER_OPEN.test(text)) {
    const close = FRONT_MATTER_CLOSE.exec(text.slice(3));
    if (!close) return undefined;
    from = 3 + close.index + close[0].length;
  }
  const starts = [0];
  CUT.lastIndex = Math.max(0, from - 1);
  for (let match = CUT.exec(text); match !== null; match = CUT.exec(text)) {
    const start = match.index + match[0].length;
    if (start - starts.at(-1)! >= minPieceLength) starts.push(start);
  }
  return starts.length > 1 ? starts : undefined;
}

interface CachedPiece {
  readonly children: readonly RootContent[];
  /** Whether the piece ends inside a block that the rest of the document would continue. */
  readonly open: boolean;
}

const cache = new Map<string, CachedPiece>();
let cachedLength = 0;
/** Characters of source kept in the cache (the trees take ~50× that): a large document's worth. */
const CACHE_LIMIT = 1024 * 1024;

/**
 * Paths parsed before in this process. Pieces are cached only for a file linted again (an editor,
 * a watch mode): a CI run lints each file once and would only fill memory.
 */
const seenPaths = new Set<string>();
const SEEN_PATHS_LIMIT = 10_000;

export function lintedBefore(path: string): boolean {
  if (seenPaths.has(path)) return true;
  if (seenPaths.size >= SEEN_PATHS_LIMIT) seenPaths.clear();
  seenPaths.add(path);
  return false;
}

/**
 * Empties the cache of parsed pieces. For benchmarks of a first parse: linting the same text
 * again would otherwise measure the cache, not the parser.
 */
export function forgetParsedPieces(): void {
  cache.clear();
  cachedLength = 0;
  seenPaths.clear();
}

/**
 * `parse` run on each piece, the pieces' trees joined under one root with document positions.
 * `parse` must be pure: its trees are cached and handed out as copies.
 */
export function parseInPieces(text: string, parse: (text: string) => Root, { sizes = PIECE_SIZES, reuse = true }: { sizes?: PieceSizes; reuse?: boolean } = {}): Root {
  const starts = text.length >= sizes.minDocumentLength ? pieceStarts(text, sizes.minPieceLength) : undefined;
  if (!starts) return parse(text);
  const root: Root = { type: "root", children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endPosition(text) } };
  let line = 1;
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!;
    let end = starts[index + 1] ?? text.length;
    let piece = pieceFor(text.slice(start, end), lineAt(text, end), parse, reuse);
    if (piece.open && end < text.length) {
      end = text.length;
      piece = pieceFor(text.slice(start), "", parse, reuse);
      index = starts.length;
    }
    for (const [position, child] of piece.children.entries()) {
      const copy = shiftedCopy(child, start, line - 1);
      const previous = root.children.at(-1);
      if (position === 0 && copy.type === "list" && previous?.type === "list" && sameListKind(text, previous, copy)) {
        pushAll(previous.children, copy.children);
        // The first piece was parsed with this list's first line after it, so its spread already
        // counts the blank lines between the two, as the whole document's does.
        previous.spread = previous.spread || copy.spread;
        previous.position!.end = copy.position!.end;
      } else {
        root.children.push(copy);
      }
    }
    line += countLineBreaks(text, start, end);
  }
  return root;
}

const LIST_MARKER = /[ \t]*(?:([-*+])|\d{1,9}([.)]))/uy;

/** Whether two lists' first items have the same bullet, or the same delimiter after the number. */
function sameListKind(text: string, first: List, second: List): boolean {
  const markerOf = (list: List) => {
    LIST_MARKER.lastIndex = list.position?.start.offset ?? 0;
    const match = LIST_MARKER.exec(text);
    return match ? (match[1] ?? `1${match[2]!}`) : undefined;
  };
  const marker = markerOf(first);
  return first.ordered === second.ordered && marker !== undefined && marker === markerOf(second);
}

function lineAt(text: string, start: number): string {
  const lineBreak = /\r\n|\n|\r/gu;
  lineBreak.lastIndex = start;
  const found = lineBreak.exec(text);
  return text.slice(start, found ? found.index + found[0].length : text.length);
}

/**
 * A piece's top-level nodes, parsed with the line that follows it (`followingLine`) and that
 * line's nodes then taken off: how a list ends, and whether it is loose, depends on what comes
 * next. Open when the piece's last block would run on into the rest of the document.
 */
function pieceFor(source: string, followingLine: string, parse: (text: string) => Root, reuse: boolean): CachedPiece {
  // NUL never occurs in a text that reaches the parser (a file with one is rejected as binary).
  const key = followingLine === "" ? source : `${source}\u0000${followingLine}`;
  const known = reuse ? cache.get(key) : undefined;
  if (known) {
    // Most recently used last, so eviction takes the oldest.
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const children = parse(source + followingLine).children;
  const endOf = (node: { position?: { end: { offset?: number } } }) => node.position?.end.offset ?? 0;
  const startOf = (node: { position?: { start: { offset?: number } } }) => node.position?.start.offset ?? 0;
  let continuedList: List | undefined;
  const last = children.at(-1);
  if (last && startOf(last) >= source.length) children.pop();
  else if (last?.type === "list" && startOf(last.children.at(-1) ?? last) >= source.length) {
    last.children.pop();
    continuedList = last;
  }
  const overruns = children.some((child) => child !== continuedList && endOf(child) > source.length);
  const piece = { children, open: overruns || endsOpen(children.at(-1), source) };
  if (reuse && key.length <= CACHE_LIMIT / 4) {
    cache.set(key, piece);
    cachedLength += key.length;
    for (const [cachedKey] of cache) {
      if (cachedLength <= CACHE_LIMIT) break;
      cache.delete(cachedKey);
      cachedLength -= cachedKey.length;
    }
  }
  return piece;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/u;
const HTML_WITH_END_MARKER: readonly [RegExp, (rest: string) => boolean][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/iu, (rest) => /<\/(?:script|pre|style|textarea)>/iu.test(rest)],
  [/^ {0,3}<!--/u, (rest) => rest.includes("-->")],
  [/^ {0,3}<\?/u, (rest) => rest.includes("?>")],
  [/^ {0,3}<!\[CDATA\[/u, (rest) => rest.includes("]]>")],
  [/^ {0,3}<![A-Za-z]/u, (rest) => rest.includes(">")],
];

/** Whether the last top-level block of a piece is a fenced code block or marker-ended HTML block left open. */
function endsOpen(last: RootContent | undefined, source: string): boolean {
  if (!last || (last.type !== "code" && last.type !== "html")) return false;
  const raw = source.slice(last.position?.start.offset ?? 0, last.position?.end.offset ?? source.length);
  if (last.type === "code") {
    const fence = FENCE_OPEN.exec(raw)?.[1];
    if (!fence) return false;
    const lines = raw.split(/\r\n|\n|\r/u);
    const closing = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`, "u");
    return lines.length < 2 || !closing.test(lines.at(-1)!);
  }
  for (const [opening, closed] of HTML_WITH_END_MARKER) {
    const match = opening.exec(raw);
    if (match) return !closed(raw.slice(match[0].length));
  }
  return false;
}

function endPosition(text: string): { line: number; column: number; offset: number } {
  const lastBreak = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
  return { line: countLineBreaks(text, 0, text.length) + 1, column: text.length - lastBreak, offset: text.length };
}

function countLineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (text.charCodeAt(index + 1) === 10) index++;
    }
  }
  return count;
}

type Point = { line: number; column: number; offset?: number };

/**
 * A deep copy of a cached node with its positions moved into the document. Iterative: a piece may
 * hold thousands of nested block quotes.
 */
function shiftedCopy(node: RootContent, offset: number, lines: number): RootContent {
  const copyOf = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.slice();
    if (value !== null && typeof value === "object") return { ...value };
    return value;
  };
  const top = copyOf(node) as Record<string, unknown>;
  const pending: Record<string, unknown>[] = [top];
  while (pending.length > 0) {
    const copy = pending.pop()!;
    for (const key of Object.keys(copy)) {
      const value = copy[key];
      if (value === null || typeof value !== "object") continue;
      if (key === "position") {
        const position = value as { start: Point; end: Point };
        copy[key] = { start: shiftedPoint(position.start, offset, lines), end: shiftedPoint(position.end, offset, lines) };
      } else if (Array.isArray(value)) {
        const items = (value as unknown[]).map(copyOf);
        copy[key] = items;
        for (const item of items) if (item !== null && typeof item === "object") pending.push(item as Record<string, unknown>);
      } else {
        const inner = copyOf(value) as Record<string, unknown>;
        copy[key] = inner;
        pending.push(inner);
      }
    }
  }
  return top as unknown as RootContent;
}

function shiftedPoint(point: Point, offset: number, lines: number): Point {
  return { line: point.line + lines, column: point.column, ...(point.offset === undefined ? {} : { offset: point.offset + offset }) };
}

