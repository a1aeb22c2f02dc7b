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
  const parts: string[] = [];
  let starts = new Int32Array(source.length + 16);
  let ends = new Int32Array(source.length + 16);
  let length = 0;
  for (let index = 0; index < source.length; ) {
    const codePoint = source.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    const next = index + character.length;
    if (!INVISIBLE.test(character)) {
      for (const output of foldCharacter(character)) {
        parts.push(output);
        if (length + output.length > starts.length) {
          starts = grow(starts, length + output.length);
          ends = grow(ends, length + output.length);
        }
        for (let unit = 0; unit < output.length; unit++) {
          starts[length] = index;
          ends[length] = next;
          length++;
        }
      }
    }
    index = next;
  }
  return { text: parts.join(""), starts: starts.subarray(0, length), ends: ends.subarray(0, length), origin };
}

let identityArray = new Int32Array(0);

function identityOf(length: number): Int32Array {
  if (identityArray.length < length) {
    identityArray = new Int32Array(Math.max(length, identityArray.length * 2, 4096));
    for (let index = 0; index < identityArray.length; index++) identityArray[index] = index;
  }
  return identityArray;
}

function grow(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}

const foldCache = new Map<string, string[]>();

function foldCharacter(character: string): string[] {
  const cached = foldCache.get(character);
  if (cached) return cached;
  let folded: string[];
  if (character === "\n") folded = ["\n"];
  else if (character === "ß" || character === "ẞ") folded = ["ss"];
  else if (WHITESPACE.test(character)) folded = [" "];
  else if (character.charCodeAt(0) < 128) folded = [character.toLowerCase()];
  else {
    folded = [];
    const decomposed = character.normalize("NFKC").normalize("NFD").replace(COMBINING_MARK, "");
    for (const part of decomposed.normalize("NFC")) {
      folded.push(part.charCodeAt(0) < 128 || KEEP_AS_IS.test(part) ? part.toLowerCase() : foldLookAlike(part));
    }
  }
  foldCache.set(character, folded);
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
const BRAND = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${brandData.brandPatterns.latin.join("|")})(?![\\p{L}\\p{N}])|${brandData.brandPatterns.nonLatin.join("|")}`,
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
export function prepareText(origin: MappedText): PreparedText {
  const normalized = normalizeForMatching(origin);
  const found = findBrandMentions(normalized.text);
  if (found.length === 0) return { ...normalized, mentions: [] };
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  const mentions: BrandMention[] = [];
  let cursor = 0;
  const copy = (from: number, to: number) => {
    text += normalized.text.slice(from, to);
    for (let index = from; index < to; index++) {
      starts.push(normalized.starts[index]!);
      ends.push(normalized.ends[index]!);
    }
  };
  for (const mention of found) {
    copy(cursor, mention.start);
    const token = mention.kind === "organization" ? BRAND_TOKEN : PRODUCT_BRAND_TOKEN;
    const start = text.length;
    const originStart = normalized.starts[mention.start]!;
    const originEnd = normalized.ends[mention.end - 1]!;
    for (let unit = 0; unit < token.length; unit++) {
      starts.push(originStart);
      ends.push(originEnd);
    }
    text += token;
    mentions.push({ start, end: text.length, kind: mention.kind });
    cursor = mention.end;
  }
  copy(cursor, normalized.text.length);
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends), origin, mentions };
}

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
