import { localeLexicons, type LocaleLexicon } from "../lexicons/index.js";
import { BRAND_TOKEN, escapeRegExp } from "./normalize.js";

/**
 * Compiles the lexicons' phrase patterns (see src/lexicons/README.md) into one regular expression
 * per list. Every quantifier is bounded and separators cannot overlap words, so matching stays
 * linear in the text length.
 */
const SPACED_SEPARATOR = "[\\s\\-‐–—,:;()/]{1,4}";
const UNSPACED_SEPARATOR = "[\\s\\u3000・]{0,3}";
const GAP_WORD = "[^\\s]{1,40}";

function normalizePattern(pattern: string): string {
  return pattern.normalize("NFKC").normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").toLowerCase();
}

function compileWord(word: string): string {
  if (word === "{brand}") return BRAND_TOKEN;
  let source = "";
  for (const character of word) {
    if (character === "*") source += "\\p{L}{0,30}";
    else if (character === "?") source += "\\p{L}";
    else if (character === "'" || character === "’") source += "['’]";
    else if (character === "-") source += "[\\s\\-‐]?";
    else if (character === ".") source += "\\.?";
    else source += escapeRegExp(character);
  }
  return source.replaceAll("{brand}", BRAND_TOKEN);
}

export function compilePattern(pattern: string, spaced: boolean): string {
  const separator = spaced ? SPACED_SEPARATOR : UNSPACED_SEPARATOR;
  const words = normalizePattern(pattern)
    .split(/\s+/u)
    .filter((word) => word !== "")
    .map((word) => word.replace(/^[,;:]+|[,;:]+$/gu, ""))
    .filter((word) => word !== "");
  let source = "";
  for (const [index, word] of words.entries()) {
    if (word === "…" || word === "...") {
      source += `(?:${GAP_WORD}${separator}){0,5}`;
      continue;
    }
    source += compileWord(word);
    if (index < words.length - 1) source += separator;
  }
  if (!spaced) return source;
  const first = words[0] ?? "";
  const last = words.at(-1) ?? "";
  const startsWithWord = /^[\p{L}\p{N}{]/u.test(first);
  const endsWithWord = /[\p{L}\p{N}}*]$/u.test(last);
  return `${startsWithWord ? "(?<![\\p{L}\\p{N}])" : ""}${source}${endsWithWord ? "(?![\\p{L}\\p{N}])" : ""}`;
}

export type LexiconList =
  | "topic.commerce" | "topic.commerceWeak" | "topic.operational" | "topic.other" | "topic.noCommerceImpact"
  | "authorship.valedictions" | "authorship.teamWords" | "authorship.firstPerson"
  | "routing.pay" | "routing.contact" | "routing.negated" | "routing.payeeLabels"
  | "attribution.trademark" | "attribution.partnerQualifiers" | "attribution.genericWords"
  | "detect";

function listOf(lexicon: LocaleLexicon, list: LexiconList): readonly string[] {
  const [group, key] = list.split(".") as [string, string | undefined];
  const container = (lexicon as unknown as Record<string, unknown>)[group];
  const value = key === undefined ? container : (container as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(value) ? (value as string[]) : [];
}

const compiled = new Map<string, RegExp>();

/** One global regular expression matching any entry of `list` in any of `locales`. */
export function lexiconPattern(list: LexiconList, locales: readonly string[]): RegExp {
  const key = `${list}|${locales.join(",")}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    const alternatives = new Set<string>();
    for (const lexicon of localeLexicons) {
      if (!locales.includes(lexicon.locale)) continue;
      for (const entry of listOf(lexicon, list)) alternatives.add(compilePattern(entry, lexicon.spaced));
    }
    // Longer alternatives first, so "kind regards" wins over "regards".
    const sorted = [...alternatives].sort((a, b) => b.length - a.length);
    pattern = new RegExp(sorted.length > 0 ? sorted.map((alternative) => `(?:${alternative})`).join("|") : "(?!)", "gu");
    compiled.set(key, pattern);
  }
  return pattern;
}

export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function findAll(list: LexiconList, locales: readonly string[], text: string): PatternMatch[] {
  const pattern = lexiconPattern(list, locales);
  return [...text.matchAll(pattern)].filter((match) => match[0].length > 0).map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

export function containsAny(list: LexiconList, locales: readonly string[], text: string): boolean {
  const pattern = lexiconPattern(list, locales);
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
