import { brandData, localeLexicons } from "../lexicons/index.js";
import { BRAND_TOKEN, PRODUCT_BRAND_TOKEN, escapeRegExp, foldLexiconEntry, type PreparedText } from "./normalize.js";
import { containsAny } from "./patterns.js";

const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Words that may stand around the brand in a display name, signature or logo text without naming
 * another organization: articles, role words, team words, billing words, product and legal words.
 */
class GenericVocabulary {
  readonly #exact = new Set<string>();
  readonly #prefixes: string[] = [];
  /** `*team`: compounds that end in a generic word ("Kundenerfolgsteam", "Lizenzabteilung"). */
  readonly #suffixes: string[] = [];
  readonly #unspaced: string[] = [];

  constructor() {
    const entries: string[] = [
      ...brandData.productWords,
      ...brandData.legalEntitySuffixes,
      ...brandData.regionWords,
      BRAND_TOKEN,
      PRODUCT_BRAND_TOKEN,
      "logo", "png", "jpg", "jpeg", "gif", "svg", "webp", "img", "image", "header", "banner", "wordmark",
    ];
    for (const lexicon of localeLexicons) {
      const own = [
        ...lexicon.attribution.genericWords,
        ...lexicon.authorship.teamWords,
        ...lexicon.topic.commerce,
        ...lexicon.topic.commerceWeak,
      ];
      if (lexicon.spaced) entries.push(...own);
      else this.#unspaced.push(...own.map((entry) => foldLexiconEntry(entry).replaceAll("*", "").replaceAll(" ", "")));
    }
    for (const entry of entries) {
      for (const word of foldLexiconEntry(entry).split(/[^\p{L}\p{N}*?]+/u)) {
        if (word === "") continue;
        if (word.startsWith("*")) this.#suffixes.push(word.slice(1));
        else if (word.includes("*") || word.includes("?")) this.#prefixes.push(word.split(/[*?]/u)[0]!);
        else this.#exact.add(word);
      }
    }
    this.#unspaced.sort((a, b) => b.length - a.length);
  }

  isGeneric(word: string): boolean {
    if (/^\p{N}+$/u.test(word) || word.length === 1 || word === "\uFFFC") return true;
    if (this.#exact.has(word)) return true;
    if (this.#prefixes.some((prefix) => prefix.length >= 3 && word.startsWith(prefix))) return true;
    if (this.#suffixes.some((suffix) => word.length > suffix.length && word.endsWith(suffix))) return true;
    if (UNSPACED_SCRIPT.test(word)) {
      let rest = word;
      for (const piece of this.#unspaced) if (piece !== "") rest = rest.replaceAll(piece, "");
      return rest === "" || this.#exact.has(rest);
    }
    return false;
  }
}

let vocabulary: GenericVocabulary | undefined;

/** The text around the brand mentions, each mention replaced by a space. */
export function textOutsideMentions(text: PreparedText): string {
  let rest = "";
  let cursor = 0;
  for (const mention of text.mentions) {
    rest += `${text.text.slice(cursor, mention.start)} `;
    cursor = mention.end;
  }
  return rest + text.text.slice(cursor);
}

/** Words of `text` outside brand mentions that are not generic: a hint another organization is named. */
export function nonGenericWords(text: PreparedText): string[] {
  vocabulary ??= new GenericVocabulary();
  const words = textOutsideMentions(text).match(WORD) ?? [];
  return words.filter((word) => !vocabulary!.isGeneric(word));
}

export interface PresentationContext {
  readonly locales: readonly string[];
  /** Normalized partner name from settings, if any. */
  readonly partnerName: string | undefined;
}

/**
 * Whether a short text (display name, signature line, logo alt) presents Microsoft as the one
 * speaking: it names the brand, names no one else, and claims no partner relation.
 */
export function presentsMicrosoft(text: PreparedText, context: PresentationContext): boolean {
  if (text.mentions.length === 0) return false;
  if (context.partnerName && text.text.includes(context.partnerName)) return false;
  if (containsAny("attribution.partnerQualifiers", context.locales, text.text)) return false;
  return nonGenericWords(text).length === 0;
}

const SENDER_PRODUCT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${brandData.senderProductBrands.map((name) => name.split(" ").map(escapeRegExp).join("\\s{1,3}")).join("|")})(?![\\p{L}\\p{N}])`,
  "u",
);

/**
 * A sender name presents Microsoft also when it is a Microsoft product with role words only:
 * "Azure Billing" on any address is Microsoft's billing speaking.
 */
export function senderPresentsMicrosoft(text: PreparedText, context: PresentationContext): boolean {
  if (presentsMicrosoft(text, context)) return true;
  if (!SENDER_PRODUCT.test(text.text)) return false;
  if (context.partnerName && text.text.includes(context.partnerName)) return false;
  if (containsAny("attribution.partnerQualifiers", context.locales, text.text)) return false;
  return nonGenericWords(text).length === 0;
}

export function normalizedName(name: string | undefined): string | undefined {
  const normalized = name ? foldLexiconEntry(name).trim() : "";
  return normalized === "" ? undefined : normalized;
}
