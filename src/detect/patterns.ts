import { brandData, localeLexicons, type LocaleLexicon } from "../lexicons/index.js";
import { BRAND_TOKEN, escapeRegExp } from "./normalize.js";

/**
 * The lexicons' phrase patterns (see src/lexicons/README.md), compiled for speed: each phrase is a
 * small sticky regular expression, indexed by its first word (or first character in unspaced
 * scripts). Matching walks the words of a text once and tries only the phrases that can start
 * there, so the cost grows with the text, not with the size of the lexicons. Every quantifier is
 * bounded and separators cannot overlap words, so no phrase can backtrack badly.
 */
const SPACED_SEPARATOR = "[\\s\\-‐–—,:;()/]{1,4}";
const UNSPACED_SEPARATOR = "[\\s\\u3000・]{0,3}";
const GAP_WORD = "[^\\s]{1,40}";
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_START = /^[\p{L}\p{N}]/u;

function normalizePattern(pattern: string): string {
  return pattern.normalize("NFKC").normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").toLowerCase().replaceAll("ß", "ss");
}

/** `{brand}` also covers a subsidiary's region: "we at Microsoft Ireland have charged …". */
const BRAND_WITH_REGION = `${BRAND_TOKEN}(?:[\\s\\-]{1,3}(?:${[...brandData.regionWords]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.split(" ").map(escapeRegExp).join("\\s{1,3}"))
  .join("|")})(?![\\p{L}\\p{N}]))?`;

function compileWord(word: string): string {
  if (word === "{brand}") return BRAND_WITH_REGION;
  let source = "";
  for (const character of word) {
    if (character === "*") source += "\\p{L}{0,30}";
    else if (character === "?") source += "\\p{L}";
    else if (character === "'" || character === "’") source += "['’]";
    else if (character === "-") source += "[\\s\\-‐]?";
    else if (character === ".") source += "\\.?";
    else source += escapeRegExp(character);
  }
  return source.replaceAll("{brand}", BRAND_WITH_REGION);
}

function patternWords(pattern: string): string[] {
  return normalizePattern(pattern)
    .split(/\s+/u)
    .map((word) => word.replace(/^[,;:]+|[,;:]+$/gu, ""))
    .filter((word) => word !== "");
}

/** The regular-expression source of one phrase pattern, with word boundaries where it is spaced. */
export function compilePattern(pattern: string, spaced: boolean): string {
  const separator = spaced ? SPACED_SEPARATOR : UNSPACED_SEPARATOR;
  const words = patternWords(pattern);
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
  const last = words.at(-1) ?? "";
  return `${source}${/[\p{L}\p{N}}*]$/u.test(last) ? "(?![\\p{L}\\p{N}])" : ""}`;
}

interface CompiledPhrase {
  readonly regex: RegExp;
}

export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A set of phrase patterns, matched by first-word lookup. */
export class PhraseSet {
  readonly #byWord = new Map<string, CompiledPhrase[]>();
  readonly #byPrefix: { prefix: string; phrase: CompiledPhrase }[] = [];
  readonly #byCharacter = new Map<string, CompiledPhrase[]>();
  #fallback: RegExp | undefined;

  constructor(entries: readonly { pattern: string; spaced: boolean }[]) {
    const fallback: string[] = [];
    const seen = new Set<string>();
    for (const { pattern, spaced } of entries) {
      const source = compilePattern(pattern, spaced);
      const key = `${spaced ? "s" : "u"}${source}`;
      if (source === "" || seen.has(key)) continue;
      seen.add(key);
      const phrase = { regex: new RegExp(source, "uy") };
      const first = patternWords(pattern)[0] ?? "";
      if (!spaced) {
        const character = first === "{brand}" ? BRAND_TOKEN[0]! : String.fromCodePoint(first.codePointAt(0) ?? 0);
        if (character && /[\p{L}\p{N}]/u.test(character)) push(this.#byCharacter, character, phrase);
        else fallback.push(source);
      } else if (first === "{brand}" || first.startsWith("{brand}")) {
        push(this.#byWord, BRAND_TOKEN, phrase);
      } else if (WORD_START.test(first)) {
        const literal = /^[\p{L}\p{N}]+/u.exec(first)![0];
        const wildcard = first.length > literal.length && (first[literal.length] === "*" || first[literal.length] === "?");
        if (wildcard) this.#byPrefix.push({ prefix: literal, phrase });
        else push(this.#byWord, literal, phrase);
      } else {
        fallback.push(source);
      }
    }
    if (fallback.length > 0) this.#fallback = new RegExp(fallback.map((source) => `(?:${source})`).join("|"), "gu");
  }

  /** Leftmost-longest, non-overlapping matches, in text order. */
  findAll(text: string): PatternMatch[] {
    const candidates: PatternMatch[] = [];
    const tryAt = (phrases: readonly CompiledPhrase[] | undefined, start: number) => {
      if (!phrases) return;
      let best = -1;
      for (const { regex } of phrases) {
        regex.lastIndex = start;
        const match = regex.exec(text);
        if (match && match[0].length > best) best = match[0].length;
      }
      if (best > 0) candidates.push({ start, end: start + best, text: text.slice(start, start + best) });
    };
    if (this.#byWord.size > 0 || this.#byPrefix.length > 0) {
      for (const word of text.matchAll(WORD)) {
        const phrases = [...(this.#byWord.get(word[0]) ?? [])];
        for (const { prefix, phrase } of this.#byPrefix) if (word[0].startsWith(prefix)) phrases.push(phrase);
        if (phrases.length > 0) tryAt(phrases, word.index);
      }
    }
    if (this.#byCharacter.size > 0) {
      for (let index = 0; index < text.length; index++) {
        const phrases = this.#byCharacter.get(text[index]!);
        if (phrases) tryAt(phrases, index);
      }
    }
    if (this.#fallback) {
      for (const match of text.matchAll(this.#fallback)) {
        if (match[0].length > 0) candidates.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
      }
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const matches: PatternMatch[] = [];
    for (const candidate of candidates) {
      if (matches.length > 0 && candidate.start < matches.at(-1)!.end) continue;
      matches.push(candidate);
    }
    return matches;
  }

  test(text: string): boolean {
    return this.findAll(text).length > 0;
  }
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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

const compiled = new Map<string, PhraseSet>();

/** The phrases of `list` in all of `locales`, compiled once per process. */
export function lexiconPhrases(list: LexiconList, locales: readonly string[]): PhraseSet {
  const key = `${list}|${locales.join(",")}`;
  let phrases = compiled.get(key);
  if (!phrases) {
    const entries = localeLexicons
      .filter((lexicon) => locales.includes(lexicon.locale))
      .flatMap((lexicon) => listOf(lexicon, list).map((pattern) => ({ pattern, spaced: lexicon.spaced })));
    phrases = new PhraseSet(entries);
    compiled.set(key, phrases);
  }
  return phrases;
}

export function findAll(list: LexiconList, locales: readonly string[], text: string): PatternMatch[] {
  return lexiconPhrases(list, locales).findAll(text);
}

export function containsAny(list: LexiconList, locales: readonly string[], text: string): boolean {
  return lexiconPhrases(list, locales).test(text);
}
