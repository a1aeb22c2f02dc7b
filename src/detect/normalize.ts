import { createRequire } from "node:module";
import { brandData } from "../lexicons/index.js";
import type { MappedText, SourceRange } from "../text/mapped-text.js";

const require = createRequire(import.meta.url);
/** Unicode confusables (Cyrillic М, Greek ο, …) to their Latin look-alikes, from `unhomoglyph`. */
const homoglyphs = require("unhomoglyph/data.json") as Record<string, string>;

// U+034F (combining grapheme joiner) is a combining mark, so it stands outside the class.
// eslint-disable-next-line regexp/prefer-character-class -- see above
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]|\u034F/u;
const COMBINING_MARK = /\p{M}/gu;
const KEEP_AS_IS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ASCII_LETTERS = /^[A-Za-z]+$/u;
const WHITESPACE = /\s/u;

/**
 * Text prepared for matching, with each character traced to the message text it came from:
 * NFKC (full-width forms), no diacritics, lower case, invisible characters removed, and
 * look-alike letters from other scripts folded to Latin — so "Ｍｉｃｒｏｓｏｆｔ", "Мicrosoft" and
 * "Micro\u200Bsoft" all read "microsoft".
 */
export interface MatchText {
  readonly text: string;
  /** For each character, the index range in `origin.text` it stands for. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly origin: MappedText;
}

const PLAIN_ASCII = /^[\n\x20-\x7E]*$/u;

export function normalizeForMatching(origin: MappedText): MatchText {
  const source = origin.text;
  if (PLAIN_ASCII.test(source)) {
    // Most template text: printable ASCII folds to its lower case, one character for one, so the
    // map is the identity: read-only views of one shared 0, 1, 2, … array.
    const identity = identityOf(source.length + 1);
    return { text: source.toLowerCase(), starts: identity.subarray(0, source.length), ends: identity.subarray(1, source.length + 1), origin };
  }
  return normalizedOneForOne(origin) ?? normalizedWithMap(origin);
}

/**
 * Accented and Japanese text usually folds one code unit for one ("é" → "e", "マ" stays), so the
 * identity map still holds: ASCII runs are lower-cased as slices, other code points folded once per
 * process. Undefined when a fold changes the length (ß, ligatures, invisible characters).
 */
function normalizedOneForOne(origin: MappedText): MatchText | undefined {
  const source = origin.text;
  const pieces: string[] = [];
  let runStart = 0;
  for (let index = 0; index < source.length; ) {
    const code = source.charCodeAt(index);
    if ((code >= 0x20 && code < 0x7f) || code === 0x0a) {
      index++;
      continue;
    }
    if (runStart < index) pieces.push(source.slice(runStart, index).toLowerCase());
    const codePoint = source.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = code < 0x80 ? String.fromCharCode(asciiBlank(code)) : foldCodePoint(codePoint);
    if (folded.length !== width) return undefined;
    pieces.push(folded);
    index += width;
    runStart = index;
  }
  pieces.push(source.slice(runStart).toLowerCase());
  const identity = identityOf(source.length + 1);
  return { text: pieces.join(""), starts: identity.subarray(0, source.length), ends: identity.subarray(1, source.length + 1), origin };
}

/** The general path, one map entry per output character; exported so tests can compare the shortcuts with it. */
export function normalizedWithMap(origin: MappedText): MatchText {
  const source = origin.text;
  let units = new Uint16Array(source.length + 16);
  let starts = new Int32Array(source.length + 16);
  let ends = new Int32Array(source.length + 16);
  let length = 0;
  for (let index = 0; index < source.length; ) {
    const code = source.charCodeAt(index);
    if (code < 0x80) {
      units[length] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code === 0x0a || code > 0x20 ? code : asciiBlank(code);
      starts[length] = index;
      ends[length] = index + 1;
      length++;
      index++;
      continue;
    }
    const codePoint = source.codePointAt(index)!;
    const next = index + (codePoint > 0xffff ? 2 : 1);
    const folded = foldCodePoint(codePoint);
    if (length + folded.length > units.length) {
      units = grow(units, length + folded.length);
      starts = grow(starts, length + folded.length);
      ends = grow(ends, length + folded.length);
    }
    for (let unit = 0; unit < folded.length; unit++) {
      units[length] = folded.charCodeAt(unit);
      starts[length] = index;
      ends[length] = next;
      length++;
    }
    index = next;
  }
  return { text: stringFromUnits(units, length), starts: starts.subarray(0, length), ends: ends.subarray(0, length), origin };
}

/** Tab, carriage return and the other ASCII controls that `\s` matches read as a space. */
function asciiBlank(code: number): number {
  return code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d || code === 0x20 ? 0x20 : code;
}

function stringFromUnits(units: Uint16Array, length: number): string {
  const chunks: string[] = [];
  // Bounded chunks keep the argument count of fromCharCode far below the engine's limit.
  for (let from = 0; from < length; from += 8192) {
    chunks.push(String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + 8192)) as unknown as number[]));
  }
  return chunks.join("");
}

let identityArray = new Int32Array(0);

function identityOf(length: number): Int32Array {
  if (identityArray.length < length) {
    identityArray = new Int32Array(Math.max(length, identityArray.length * 2, 4096));
    for (let index = 0; index < identityArray.length; index++) identityArray[index] = index;
  }
  return identityArray;
}

function grow<Array extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(array: Array, needed: number): Array {
  const larger = new (array.constructor as new (length: number) => Array)(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}

const foldCache = new Map<number, string>();

/** What one code point reads as: "" for an invisible one, "ss" for ß, a Latin letter for a look-alike. */
function foldCodePoint(codePoint: number): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  const character = String.fromCodePoint(codePoint);
  let folded: string;
  if (INVISIBLE.test(character)) folded = "";
  else if (character === "ß" || character === "ẞ") folded = "ss";
  else if (WHITESPACE.test(character)) folded = " ";
  else {
    folded = "";
    const decomposed = character.normalize("NFKC").normalize("NFD").replace(COMBINING_MARK, "");
    for (const part of decomposed.normalize("NFC")) {
      folded += part.charCodeAt(0) < 128 || KEEP_AS_IS.test(part) ? part.toLowerCase() : foldLookAlike(part);
    }
  }
  foldCache.set(codePoint, folded);
  return folded;
}

function foldLookAlike(character: string): string {
  const lower = character.toLowerCase();
  const target = homoglyphs[character] ?? homoglyphs[lower] ?? homoglyphs[character.toUpperCase()];
  if (target && ASCII_LETTERS.test(target)) return target === "rn" ? "m" : target.toLowerCase();
  return lower;
}

/** The source range of match-text characters `[start, end)`. */
export function matchSourceRange(matchText: MatchText, start: number, end: number): SourceRange {
  if (end <= start || matchText.starts.length === 0) return matchText.origin.sourceRange(0, 0);
  const from = matchText.starts[Math.min(start, matchText.starts.length - 1)]!;
  const to = matchText.ends[Math.min(end - 1, matchText.ends.length - 1)]!;
  return matchText.origin.sourceRange(from, to);
}

export interface BrandMention {
  readonly start: number;
  readonly end: number;
  /** `product` when a product name follows ("Microsoft 365", "Microsoft Teams"). */
  readonly kind: "organization" | "product";
}

const SEPARATOR = "[\\s\\-‐–—]{0,3}";
const productAlternation = [...brandData.productWords]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.split(" ").map(escapeRegExp).join("\\s{1,3}"))
  .join("|");
// Only an alphabetic letter or a digit glued to it makes "microsoft" part of another word:
// Japanese writes it straight after kana ("私たちＭｉｃｒｏｓｏｆｔは").
const WORD_NEIGHBOUR = "[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}]";
const BRAND = new RegExp(
  `(?<!${WORD_NEIGHBOUR})(?:${brandData.brandPatterns.latin.join("|")})(?!${WORD_NEIGHBOUR})|${brandData.brandPatterns.nonLatin.join("|")}`,
  "gu",
);
const PRODUCT_AFTER = new RegExp(`^${SEPARATOR}(?:${productAlternation})(?![\\p{L}\\p{N}])`, "u");

export function findBrandMentions(text: string): BrandMention[] {
  const mentions: BrandMention[] = [];
  for (const match of text.matchAll(BRAND)) {
    const end = match.index + match[0].length;
    const following = text.slice(end, end + 40);
    mentions.push({ start: match.index, end, kind: PRODUCT_AFTER.test(following) ? "product" : "organization" });
  }
  return mentions;
}

/** Lexicon entries get the same folding as the text they are matched against (short form). */
export function foldLexiconEntry(entry: string): string {
  return entry.normalize("NFKC").normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").toLowerCase().replaceAll("ß", "ss");
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

export const BRAND_TOKEN = "microsoft";
export const PRODUCT_BRAND_TOKEN = "msproduct";

export interface PreparedText extends MatchText {
  /** Brand mentions in this text's coordinates, each written as a token. */
  readonly mentions: readonly BrandMention[];
}

/**
 * Normalizes, then writes every brand mention as one token (`microsoft` for the organization,
 * `msproduct` for a product name's brand part), so lexicon patterns say `{brand}` once and match
 * every spelling.
 */
/**
 * Prepared texts by their text: the result depends on nothing else (its maps index `origin.text`),
 * and the same blocks come back on every keystroke in the editor and in every template that shares
 * a footer. Bounded in entries and in the length of a text kept.
 */
const preparedByText = new Map<string, Omit<PreparedText, "origin">>();
const PREPARED_ENTRIES = 4096;
const PREPARED_MAX_LENGTH = 4096;

/** Empties the memo. For benchmarks of a first lint, which linting the same files again would flatter. */
export function forgetPreparedTexts(): void {
  preparedByText.clear();
}

export function prepareText(origin: MappedText): PreparedText {
  const known = preparedByText.get(origin.text);
  if (known) return { ...known, origin };
  const prepared = prepareTextAnew(origin);
  if (origin.text.length <= PREPARED_MAX_LENGTH) {
    if (preparedByText.size >= PREPARED_ENTRIES) preparedByText.delete(preparedByText.keys().next().value!);
    preparedByText.set(origin.text, { text: prepared.text, starts: prepared.starts, ends: prepared.ends, mentions: prepared.mentions });
  }
  return prepared;
}

function prepareTextAnew(origin: MappedText): PreparedText {
  const normalized = normalizeForMatching(origin);
  const found = findBrandMentions(normalized.text);
  if (found.length === 0) return { ...normalized, mentions: [] };
  let length = normalized.text.length;
  for (const mention of found) length += tokenFor(mention).length - (mention.end - mention.start);
  if (found.every((mention) => mention.end - mention.start === tokenFor(mention).length)) {
    // "Microsoft" is as long as its token: only the text changes, and a token's first and last
    // characters still map to the mention's first and last.
    let text = "";
    let cursor = 0;
    for (const mention of found) {
      text += normalized.text.slice(cursor, mention.start) + tokenFor(mention);
      cursor = mention.end;
    }
    text += normalized.text.slice(cursor);
    return { ...normalized, text, mentions: found };
  }
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const pieces: string[] = [];
  const mentions: BrandMention[] = [];
  let cursor = 0;
  let written = 0;
  const copy = (from: number, to: number) => {
    pieces.push(normalized.text.slice(from, to));
    starts.set(normalized.starts.subarray(from, to), written);
    ends.set(normalized.ends.subarray(from, to), written);
    written += to - from;
  };
  for (const mention of found) {
    copy(cursor, mention.start);
    const token = tokenFor(mention);
    starts.fill(normalized.starts[mention.start]!, written, written + token.length);
    ends.fill(normalized.ends[mention.end - 1]!, written, written + token.length);
    pieces.push(token);
    mentions.push({ start: written, end: written + token.length, kind: mention.kind });
    written += token.length;
    cursor = mention.end;
  }
  copy(cursor, normalized.text.length);
  return { text: pieces.join(""), starts, ends, origin, mentions };
}

const tokenFor = (mention: BrandMention) => (mention.kind === "organization" ? BRAND_TOKEN : PRODUCT_BRAND_TOKEN);

/** The prepared text restricted to `[start, end)`, brand mentions kept. */
export function subText(prepared: PreparedText, start: number, end: number): PreparedText {
  return {
    text: prepared.text.slice(start, end),
    starts: prepared.starts.subarray(start, end),
    ends: prepared.ends.subarray(start, end),
    origin: prepared.origin,
    mentions: prepared.mentions
      .filter((mention) => mention.start >= start && mention.end <= end)
      .map((mention) => ({ ...mention, start: mention.start - start, end: mention.end - start })),
  };
}
