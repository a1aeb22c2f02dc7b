import { brandData, localeLexicons, type LocaleLexicon } from "../lexicons/index.js";
import { BRAND_TOKEN, escapeRegExp, foldLexiconEntry } from "./normalize.js";

/**
 * The lexicons' phrase patterns (see src/lexicons/README.md), compiled for speed: each phrase is a
 * small sticky regular expression, indexed by its first word (or first character in unspaced
 * scripts). Matching walks the words of a text once and tries only the phrases that can start
 * there, so the cost grows with the text, not with the size of the lexicons. Every quantifier is
 * bounded and separators cannot overlap words, so no phrase can backtrack badly.
 */
const SPACED_SEPARATOR = "[\\s\\-‐–—,:;()/]{1,4}";
const UNSPACED_SEPARATOR = "[\\s\\u3000・]{0,3}";
// Disjoint from the separator characters, so a gap word and a separator never compete for text.
const GAP_WORD = "[^\\s\\-‐–—,:;()/]{1,40}";
const WORD_START = /^[\p{L}\p{N}]/u;
/** Characters a region word ("{brand} Japan", "{brand} 日本") may start with: after the brand, any phrase may follow them. */
const REGION_INITIALS = new Set(brandData.regionWords.flatMap((word) => [word[0]!, word[0]!.toLowerCase()]));
const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}]$/u;
const mayStartRegion = (character: string) => LATIN_OR_DIGIT.test(character) || character === "-" || REGION_INITIALS.has(character);
const UNSPACED_SEPARATOR_CHARACTER = /^[\s・]$/u;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;


/** `{brand}` also covers a subsidiary's region: "we at Microsoft Ireland have charged …". */
const BRAND_WITH_REGION = `${BRAND_TOKEN}(?:[\\s\\-]{1,3}(?:${[...brandData.regionWords]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.split(" ").map(escapeRegExp).join("\\s{1,3}"))
  .join("|")})(?![\\p{L}\\p{N}]))?`;

function compileWord(word: string): string {
  // "{brand}" may be glued to other characters: "{brand}'s", "日本{brand}株式会社".
  return word.split("{brand}").map(compileLiteral).join(BRAND_WITH_REGION);
}

function compileLiteral(text: string): string {
  let source = "";
  for (const character of text) {
    if (character === "*") source += "\\p{L}{0,30}";
    else if (character === "?") source += "\\p{L}";
    else if (character === "'" || character === "’") source += "['’]";
    else if (character === "-") source += "[\\s\\-‐]?";
    else if (character === ".") source += "\\.?";
    else source += escapeRegExp(character);
  }
  return source;
}

/** The words of a pattern; a leading `^` (the start of a sentence) is not one of them. */
function patternWords(pattern: string): string[] {
  return foldLexiconEntry(pattern)
    .split(/\s+/u)
    .map((word) => word.replace(/^[,;:]+|[,;:]+$/gu, ""))
    .filter((word, index) => word !== "" && !(index === 0 && word === SENTENCE_START_MARK));
}

const SENTENCE_START_MARK = "^";
const POSSESSIVE = "(?:['’]s)?";
/** Before a phrase that must open a sentence: the text's start or a sentence end, then at most a few blanks, quotes or marks. */
const AT_SENTENCE_START = "(?<=(?:^|[.!?:;\\n。！？])[\\s\"'„“”«»(*_]{0,4})";
const startsSentence = (pattern: string) => pattern.trimStart().startsWith(`${SENTENCE_START_MARK} `);

/** The regular-expression source of one phrase pattern, with word boundaries where it is spaced. */
export function compilePattern(pattern: string, spaced: boolean, articles: readonly string[] = []): string {
  const separator = spaced ? SPACED_SEPARATOR : UNSPACED_SEPARATOR;
  const words = patternWords(pattern);
  // "überweisen Sie … an die Microsoft Ireland Operations Ltd.": a company name may take an article.
  const anchor = startsSentence(pattern) ? AT_SENTENCE_START : "";
  const article = articles.length > 0 ? `(?:(?:${articles.map((word) => escapeRegExp(foldLexiconEntry(word))).join("|")})${separator})?` : "";
  let source = "";
  for (const [index, word] of words.entries()) {
    if (index > 0 && word.startsWith("{brand}") && words[index - 1] !== "…" && words[index - 1] !== "...") source += article;
    if (word === "…" || word === "...") {
      // Unspaced scripts have no words to count: one bounded run of characters, so no two
      // quantifiers compete for the same text.
      source += spaced ? `(?:${GAP_WORD}${separator}){0,8}` : "[^\\n]{0,30}?";
      continue;
    }
    source += compileWord(word);
    // "Microsoft's billing team … can't see": an English possessive stays with the brand it follows.
    if (spaced && word === "{brand}" && index < words.length - 1) source += POSSESSIVE;
    if (index < words.length - 1) source += separator;
  }
  if (!spaced) return anchor + source;
  const last = words.at(-1) ?? "";
  return `${anchor}${source}${/[\p{L}\p{N}}*]$/u.test(last) ? "(?![\\p{L}\\p{N}])" : ""}`;
}

/**
 * One phrase's sticky regular expression, created on first use: building the ~2,000 expressions of
 * every lexicon up front cost ~200 ms per process (Unicode classes are parsed per expression),
 * and the word index leaves most of them untried in a typical run.
 */
class CompiledPhrase {
  readonly #source: string;
  #regex: RegExp | undefined;
  /**
   * Text every match contains, checked before a phrase with a gap or a wildcard is tried: such an
   * expression tries every split of the words it may skip, and most places hold none of its words.
   */
  readonly required: RequiredText | undefined;
  constructor(source: string, required?: RequiredText) {
    this.#source = source;
    this.required = required;
  }
  get regex(): RegExp {
    return (this.#regex ??= new RegExp(this.#source, "uy"));
  }
}

/** Letters a match holds as written, within its first `within` characters (no match is longer). */
interface RequiredText {
  readonly text: string;
  readonly within: number;
}

/**
 * For a phrase with a gap ("…") or a wildcard, its longest run of letters after the first word: the
 * expression matches those characters as written, so a text without them cannot match.
 */
function requiredText(words: readonly string[], spaced: boolean): RequiredText | undefined {
  if (!words.some((word) => word === "…" || word === "..." || word.includes("*"))) return undefined;
  let longest = "";
  for (const word of words.slice(1)) {
    for (const run of word.replaceAll("{brand}", " ").split(/[^\p{L}\p{N}]+/u)) {
      if (run.length > longest.length) longest = run;
    }
  }
  return longest.length >= 3 ? { text: longest, within: maxMatchLength(words, spaced) } : undefined;
}

/**
 * An upper bound on how long a match of the phrase can be, so the required text is looked for
 * near the place being tried, not in the rest of a long text (which made a 1 MB line quadratic).
 */
function maxMatchLength(words: readonly string[], spaced: boolean): number {
  const GAP = spaced ? 8 * (40 + 4) : 30;
  // A brand with a region word, possessive and article; a wildcard's letters; a separator.
  const BRAND = 100;
  const WILDCARD = 30;
  const SEPARATOR = 4;
  let length = 0;
  for (const word of words) {
    if (word === "…" || word === "...") length += GAP;
    else length += word.length + BRAND * (word.split("{brand}").length - 1) + WILDCARD * (word.split("*").length - 1);
    length += SEPARATOR;
  }
  return length;
}

export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What can start at one word: phrases keyed by it alone, and phrases keyed by it and the next word. */
interface FirstWord {
  phrases: CompiledPhrase[];
  /** Phrases whose first two words are plain words, by the second: most phrases, tried rarely. */
  bySecond: Map<string, CompiledPhrase[]> | undefined;
}

/** A set of phrase patterns, matched by first-word lookup. */
export class PhraseSet {
  /** One lookup per word of the text: most words start nothing and cost only this. */
  readonly #byFirst = new Map<string, FirstWord>();
  /** Phrases that start with the brand, by their second word (a region word may stand between). */
  readonly #brandBySecond = new Map<string, CompiledPhrase[]>();
  /** Phrases whose first word is a prefix (`factu*`), by the prefix's first two characters as one number. */
  readonly #byPrefix = new Map<number, { prefix: string; phrase: CompiledPhrase }[]>();
  readonly #shortPrefixes: { prefix: string; phrase: CompiledPhrase }[] = [];
  readonly #byCharacter = new Map<string, CompiledPhrase[]>();
  /**
   * Unspaced phrases that start with the brand, by the character that follows it ("{brand}株式会社"
   * under 株): a Japanese lexicon has dozens, and a template names the brand at every turn.
   */
  readonly #brandByFollower = new Map<string, CompiledPhrase[]>();
  /** Finds the next character some unspaced phrase starts with, so the rest of the text is skipped natively. */
  #characterStarts: RegExp | undefined;
  #fallback: RegExp | undefined;

  #firstWord(word: string): FirstWord {
    let entry = this.#byFirst.get(word);
    if (!entry) this.#byFirst.set(word, (entry = { phrases: [], bySecond: undefined }));
    return entry;
  }

  constructor(entries: readonly { pattern: string; spaced: boolean; articles?: readonly string[] }[]) {
    const fallback: string[] = [];
    const seen = new Set<string>();
    for (const { pattern, spaced, articles } of entries) {
      const source = compilePattern(pattern, spaced, articles);
      const key = `${spaced ? "s" : "u"}${source}`;
      if (source === "" || seen.has(key)) continue;
      seen.add(key);
      const words = patternWords(pattern);
      const phrase = new CompiledPhrase(source, requiredText(words, spaced));
      const [first = "", second = ""] = words;
      const plainSecond = PLAIN_WORD.test(second);
      if (!spaced) {
        // The brand token is a whole key, so a phrase that starts with it is not tried at every "m".
        const character = first.startsWith("{brand}") ? BRAND_TOKEN : firstLiteralCharacter(first);
        const follower = character === BRAND_TOKEN ? firstLiteralCharacter(first.slice("{brand}".length) || second) : undefined;
        if (follower && !mayStartRegion(follower)) push(this.#brandByFollower, follower, phrase);
        else if (character) push(this.#byCharacter, character, phrase);
        else fallback.push(source);
      } else if (first === "{brand}" || first.startsWith("{brand}")) {
        if (plainSecond) push(this.#brandBySecond, second, phrase);
        else this.#firstWord(BRAND_TOKEN).phrases.push(phrase);
      } else if (WORD_START.test(first)) {
        const literal = /^[\p{L}\p{N}]+/u.exec(first)![0];
        const wildcard = first.length > literal.length && (first[literal.length] === "*" || first[literal.length] === "?");
        if (first === literal && (plainSecond || second === "{brand}")) {
          const entry = this.#firstWord(literal);
          entry.bySecond ??= new Map<string, CompiledPhrase[]>();
          push(entry.bySecond, second === "{brand}" ? BRAND_TOKEN : second, phrase);
        }
        else if (!wildcard) this.#firstWord(literal).phrases.push(phrase);
        else if (literal.length >= 2) push(this.#byPrefix, prefixKey(literal), { prefix: literal, phrase });
        else this.#shortPrefixes.push({ prefix: literal, phrase });
      } else {
        // "® is": a symbol that matches only itself is as good an index as a word.
        const character = firstLiteralCharacter(first);
        if (character) push(this.#byCharacter, character, phrase);
        else fallback.push(source);
      }
    }
    if (this.#brandBySecond.size > 0) this.#firstWord(BRAND_TOKEN);
    const startsOnBrand = this.#byCharacter.has(BRAND_TOKEN) || this.#brandByFollower.size > 0;
    if (this.#byCharacter.size > 0 || startsOnBrand) {
      const characters = [...this.#byCharacter.keys()].filter((key) => key !== BRAND_TOKEN).map(escapeRegExp).join("");
      const alternatives = [...(startsOnBrand ? [BRAND_TOKEN] : []), ...(characters ? [`[${characters}]`] : [])];
      this.#characterStarts = new RegExp(alternatives.join("|"), "gu");
    }
    if (fallback.length > 0) this.#fallback = new RegExp(fallback.map((source) => `(?:${source})`).join("|"), "gu");
  }

  /** Builds every phrase's expression now (they are built on first use) and counts them: lexicon tests. */
  compileAll(): number {
    const phrases = [
      ...[...this.#byFirst.values()].flatMap((entry) => [...entry.phrases, ...[...(entry.bySecond?.values() ?? [])].flat()]),
      ...[...this.#brandBySecond.values(), ...this.#byCharacter.values(), ...this.#brandByFollower.values()].flat(),
      ...[...this.#byPrefix.values()].flat().map((entry) => entry.phrase),
      ...this.#shortPrefixes.map((entry) => entry.phrase),
    ];
    // Reading `regex` builds it; an invalid pattern throws here.
    for (const phrase of phrases) phrase.regex.lastIndex = 0;
    return phrases.length;
  }

  /**
   * The longest brand-first unspaced phrase at `index`. Only the phrases for the character after
   * the brand and its separators can match, unless a region word ("Microsoft 日本") may stand
   * between: then all are tried.
   */
  #longestAfterBrand(scanned: ScannedText, index: number): number {
    const text = scanned.text;
    let next = index + BRAND_TOKEN.length;
    while (next < text.length && next - index - BRAND_TOKEN.length < 3 && UNSPACED_SEPARATOR_CHARACTER.test(text[next]!)) next++;
    const follower = String.fromCodePoint(text.codePointAt(next) ?? 0);
    if (next < text.length && !mayStartRegion(follower)) return longestMatch(this.#brandByFollower.get(follower), scanned, index);
    let best = 0;
    for (const phrases of this.#brandByFollower.values()) best = Math.max(best, longestMatch(phrases, scanned, index));
    return best;
  }

  /** Leftmost-longest, non-overlapping matches, in text order. */
  findAll(text: string): PatternMatch[] {
    return this.#scan(text, false);
  }

  test(text: string): boolean {
    return this.#scan(text, true).length > 0;
  }

  #scan(text: string, firstOnly: boolean): PatternMatch[] {
    const candidates: PatternMatch[] = [];
    const scanned = new ScannedText(text);
    if (this.#byFirst.size > 0 || this.#byPrefix.size > 0 || this.#shortPrefixes.length > 0) {
      const { words, starts } = wordsOf(text);
      for (let index = 0; index < words.length; index++) {
        const token = words[index]!;
        const start = starts[index]!;
        let best = 0;
        const entry = this.#byFirst.get(token);
        if (entry) {
          best = longestMatch(entry.phrases, scanned, start);
          const next = words[index + 1];
          if (next !== undefined) {
            if (entry.bySecond) best = Math.max(best, longestMatch(entry.bySecond.get(next), scanned, start));
            if (token === BRAND_TOKEN && this.#brandBySecond.size > 0) {
              best = Math.max(best, longestMatch(this.#brandBySecond.get(next), scanned, start));
              // "Microsoft Ireland will charge", "Microsoft's support": the second word may come one later.
              const afterNext = words[index + 2];
              if (afterNext !== undefined && afterNext !== next) best = Math.max(best, longestMatch(this.#brandBySecond.get(afterNext), scanned, start));
            }
          }
        }
        if (this.#byPrefix.size > 0 && token.length >= 2) {
          const prefixed = this.#byPrefix.get(prefixKey(token));
          if (prefixed) best = Math.max(best, longestPrefixedMatch(prefixed, token, scanned, start));
        }
        if (this.#shortPrefixes.length > 0) best = Math.max(best, longestPrefixedMatch(this.#shortPrefixes, token, scanned, start));
        if (best > 0) {
          candidates.push({ start, end: start + best, text: text.slice(start, start + best) });
          if (firstOnly) return candidates;
        }
      }
    }
    if (this.#characterStarts) {
      for (const start of text.matchAll(this.#characterStarts)) {
        const index = start.index;
        let best = longestMatch(this.#byCharacter.get(start[0]), scanned, index);
        if (start[0] === BRAND_TOKEN && this.#brandByFollower.size > 0) best = Math.max(best, this.#longestAfterBrand(scanned, index));
        if (best > 0) {
          candidates.push({ start: index, end: index + best, text: text.slice(index, index + best) });
          if (firstOnly) return candidates;
        }
      }
    }
    if (this.#fallback) {
      for (const match of text.matchAll(this.#fallback)) {
        if (match[0].length > 0) candidates.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
      }
    }
    if (firstOnly) return candidates;
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const matches: PatternMatch[] = [];
    for (const candidate of candidates) {
      if (matches.length > 0 && candidate.start < matches.at(-1)!.end) continue;
      matches.push(candidate);
    }
    return matches;
  }
}

/**
 * The first character of a pattern word when it matches only itself; undefined for a gap or a
 * character the pattern language gives a meaning (apostrophe, hyphen, dot, wildcards, `{brand}`).
 */
function firstLiteralCharacter(word: string): string | undefined {
  const character = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return word === "" || word === "…" || word === "..." || /^[\s'’\-.*?{…]$/u.test(character) ? undefined : character;
}

const recentWords = new Map<string, { words: string[]; starts: number[] }>();
const RECENT_WORDS = 16;

/**
 * The words of a text and where they start. A text is matched against several lists in a row
 * (the topic, routing and authorship lists), so the last few texts' words are kept.
 */
export function wordsOf(text: string): { words: string[]; starts: number[] } {
  const known = recentWords.get(text);
  if (known) return known;
  const words: string[] = [];
  const starts: number[] = [];
  // By hand rather than with a /[\p{L}\p{N}]+/gu loop: one match array per word was most of this function's garbage.
  let start = -1;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
    const inWord = isWordCharacter(text, index, code, width);
    if (inWord && start === -1) start = index;
    else if (!inWord && start !== -1) {
      words.push(text.slice(start, index));
      starts.push(start);
      start = -1;
    }
    index += width;
  }
  if (start !== -1) {
    words.push(text.slice(start));
    starts.push(start);
  }
  if (recentWords.size >= RECENT_WORDS) recentWords.delete(recentWords.keys().next().value!);
  const result = { words, starts };
  recentWords.set(text, result);
  return result;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit outside ASCII: 0 not yet known, 1 a letter or number, 2 not. */
const wordUnitKinds = new Uint8Array(0x10000);

/** Whether the code point at `index` is a letter or number (`[\p{L}\p{N}]`). */
function isWordCharacter(text: string, index: number, code: number, width: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (width === 2) return WORD_CHARACTER.test(text.slice(index, index + 2));
  let kind = wordUnitKinds[code]!;
  if (kind === 0) {
    kind = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnitKinds[code] = kind;
  }
  return kind === 1;
}

/**
 * The text one scan reads, and where each required text next occurs in it from where it was last
 * looked for: a scan tries places left to right, so the text is read about once per required
 * text, not once per place tried. Made per scan, so nothing is compared or kept across texts.
 */
class ScannedText {
  readonly text: string;
  #nextOccurrence: Map<string, { from: number; at: number }> | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Whether `required` occurs within its reach of `start`. */
  holdsNear(start: number, required: RequiredText): boolean {
    this.#nextOccurrence ??= new Map();
    let known = this.#nextOccurrence.get(required.text);
    // Valid from where it was looked for up to the occurrence found (or to the end when none was).
    if (!known || start < known.from || (known.at !== -1 && start > known.at)) {
      known = { from: start, at: this.text.indexOf(required.text, start) };
      this.#nextOccurrence.set(required.text, known);
    }
    return known.at !== -1 && known.at - start < required.within;
  }
}

/** Length of the longest phrase matching at `start`, 0 if none. */
function longestMatch(phrases: readonly CompiledPhrase[] | undefined, scanned: ScannedText, start: number): number {
  let best = 0;
  if (!phrases) return best;
  const text = scanned.text;
  // A sticky test leaves lastIndex at the match's end: the length without allocating a match.
  for (const phrase of phrases) {
    if (phrase.required !== undefined && !scanned.holdsNear(start, phrase.required)) continue;
    const regex = phrase.regex;
    regex.lastIndex = start;
    if (regex.test(text) && regex.lastIndex - start > best) best = regex.lastIndex - start;
  }
  return best;
}

function longestPrefixedMatch(entries: readonly { prefix: string; phrase: CompiledPhrase }[], token: string, scanned: ScannedText, start: number): number {
  let best = 0;
  const text = scanned.text;
  for (const { prefix, phrase } of entries) {
    if (!token.startsWith(prefix)) continue;
    if (phrase.required !== undefined && !scanned.holdsNear(start, phrase.required)) continue;
    phrase.regex.lastIndex = start;
    if (phrase.regex.test(text) && phrase.regex.lastIndex - start > best) best = phrase.regex.lastIndex - start;
  }
  return best;
}

/** A word's first two UTF-16 units as one number: a map key that costs no string. */
const prefixKey = (word: string) => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);

function push<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const LEXICON_LISTS = [
  "topic.commerce", "topic.commerceWeak", "topic.operational", "topic.other", "topic.noCommerceImpact",
  "authorship.valedictions", "authorship.teamWords", "authorship.firstPerson", "authorship.sentBy", "authorship.partnerActions",
  "routing.pay", "routing.contact", "routing.negated", "routing.inquiries", "routing.payeeLabels", "routing.contactLabels",
  "attribution.trademark", "attribution.partnerQualifiers", "attribution.genericWords",
  "detect",
] as const;
export type LexiconList = (typeof LEXICON_LISTS)[number];

function listOf(lexicon: LocaleLexicon, list: LexiconList): readonly string[] {
  const [group, key] = list.split(".") as [string, string | undefined];
  const container = (lexicon as unknown as Record<string, unknown>)[group];
  const value = key === undefined ? container : (container as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(value) ? (value as string[]) : [];
}

const compiled = new Map<string, PhraseSet>();
/** Settings keep one frozen `locales` array, so a lookup by identity skips building the key. */
const compiledByLocales = new WeakMap<readonly string[], Map<LexiconList, PhraseSet>>();

/** The phrases of `list` in all of `locales`, compiled once per process. */
export function lexiconPhrases(list: LexiconList, locales: readonly string[]): PhraseSet {
  let byList = compiledByLocales.get(locales);
  if (!byList) {
    byList = new Map();
    compiledByLocales.set(locales, byList);
  }
  const known = byList.get(list);
  if (known) return known;
  const key = `${list}|${locales.join(",")}`;
  let phrases = compiled.get(key);
  if (!phrases) {
    const entries = localeLexicons
      .filter((lexicon) => locales.includes(lexicon.locale))
      .flatMap((lexicon) => listOf(lexicon, list).map((pattern) => ({ pattern, spaced: lexicon.spaced, articles: lexicon.articles })));
    phrases = new PhraseSet(entries);
    compiled.set(key, phrases);
  }
  byList.set(list, phrases);
  return phrases;
}

export function findAll(list: LexiconList, locales: readonly string[], text: string): PatternMatch[] {
  return lexiconPhrases(list, locales).findAll(text);
}

export function containsAny(list: LexiconList, locales: readonly string[], text: string): boolean {
  return lexiconPhrases(list, locales).test(text);
}
