import { isMap, isScalar, parseDocument } from "yaml";
import type { LineIndex, SourceLocation } from "./line-index.js";
import { ParseFailure } from "./parse-failure.js";
import type { Range } from "./markup-ast.js";

export interface FrontMatterEntry {
  key: string;
  keyRange: Range;
  /** The scalar's value as a string; null for a missing or non-scalar value. */
  value: string | null;
  valueRange: Range | null;
}

export interface FrontMatterNode {
  type: "FrontMatter";
  /** The YAML between the fences. */
  value: string;
  entries: FrontMatterEntry[];
  range: Range;
  loc: SourceLocation;
}

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/u;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/mu;

/** Where a `---` fenced YAML block at the very top of a file lies, if there is one. */
export function locateFrontMatter(text: string): { range: Range; content: Range } | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  CLOSING_FENCE.lastIndex = 0;
  const closing = CLOSING_FENCE.exec(text.slice(contentStart));
  if (!closing) {
    throw new ParseFailure('Front matter starts with "---" but has no closing "---" line.', 0);
  }
  const contentEnd = contentStart + closing.index;
  return { range: [0, contentEnd + closing[0].length], content: [contentStart, contentEnd] };
}

/**
 * `yaml` recurses once per nesting level: a few thousand `[` overflow its stack, and repeated parses
 * of such text have run V8's regular-expression compiler out of memory, killing the process.
 */
const MAX_NESTING = 64;
const MAX_INDENT = 256;

/** Where flow brackets nest, or a line is indented, deeper than front matter ever needs; outside quotes. */
function firstTooDeep(yaml: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let lineStart = true;
  let indent = 0;
  for (let index = 0; index < yaml.length; index++) {
    const character = yaml[index]!;
    if (character === "\n") {
      // A quote is closed at its line's end here: an apostrophe in a plain value ("Don't") must
      // not hide the brackets of the lines after it.
      lineStart = true;
      indent = 0;
      quote = undefined;
      continue;
    }
    if (lineStart && character === " ") {
      if (++indent > MAX_INDENT) return index;
      continue;
    }
    lineStart = false;
    if (quote !== undefined) {
      if (character === quote) quote = undefined;
      else if (character === "\\" && quote === '"') index++;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === "#" && (index === 0 || /\s/u.test(yaml[index - 1]!))) {
      // A comment runs to the end of its line.
      const lineEnd = yaml.indexOf("\n", index);
      index = (lineEnd === -1 ? yaml.length : lineEnd) - 1;
    } else if (character === "[" || character === "{") {
      if (++depth > MAX_NESTING) return index;
    } else if (character === "]" || character === "}") depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * Parses YAML front matter into entries with each key's and value's exact range. Alias expansion
 * is capped by `yaml` (maxAliasCount), so an anchor bomb is an error, not a hang.
 */
export function parseFrontMatter(text: string, content: Range, range: Range, lineIndex: LineIndex): FrontMatterNode {
  // `yaml` breaks lines at "\n" only; a file with old Mac line ends (CR) keeps its offsets this way.
  const yamlText = text.slice(content[0], content[1]).replace(/\r(?!\n)/gu, "\n");
  const tooDeep = firstTooDeep(yamlText);
  if (tooDeep !== undefined) {
    throw new ParseFailure(`Front matter nests deeper than ${MAX_NESTING} levels; template metadata needs only a few.`, content[0] + tooDeep);
  }
  // "error": yaml would otherwise print its warnings (a collection as a key) to the user's terminal.
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: "error" });
  const error = document.errors[0];
  if (error) {
    const firstLine = error.message.split("\n")[0] ?? "invalid YAML";
    throw new ParseFailure(`Invalid YAML in front matter: ${firstLine}`, content[0] + error.pos[0]);
  }
  const entries: FrontMatterEntry[] = [];
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    throw new ParseFailure("Front matter must be a YAML mapping of keys to values (such as from: and subject:).", content[0]);
  }
  const entryOf = (key: string, keyNode: { range?: [number, number, number] | null }, value: unknown): FrontMatterEntry => {
    const keyRange: Range = [content[0] + (keyNode.range?.[0] ?? 0), content[0] + (keyNode.range?.[1] ?? 0)];
    if (isScalar(value) && value.value !== null && value.range) {
      const quoted = value.type === "QUOTE_DOUBLE" || value.type === "QUOTE_SINGLE";
      const valueStart = content[0] + value.range[0] + (quoted ? 1 : 0);
      const valueEnd = content[0] + value.range[1] - (quoted ? 1 : 0);
      return { key, keyRange, value: String(value.value), valueRange: [valueStart, Math.max(valueStart, valueEnd)] };
    }
    return { key, keyRange, value: null, valueRange: null };
  };
  for (const pair of contents?.items ?? []) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    entries.push(entryOf(key, pair.key, pair.value));
    // One level of nesting, as `from: { name: …, email: … }`, becomes `from.name` and `from.email`.
    if (isMap(pair.value)) {
      for (const child of pair.value.items) {
        if (isScalar(child.key)) entries.push(entryOf(`${key}.${String(child.key.value)}`, child.key, child.value));
      }
    }
  }
  // Expanding aliases here makes an anchor bomb fail at its position instead of inside a rule.
  try {
    document.toJS({ maxAliasCount: 100 });
  } catch (aliasError) {
    throw new ParseFailure(`Invalid YAML in front matter: ${(aliasError as Error).message}`, content[0]);
  }
  return { type: "FrontMatter", value: yamlText, entries, range, loc: lineIndex.location(range[0], range[1]) };
}
