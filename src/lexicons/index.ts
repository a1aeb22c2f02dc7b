/**
 * Lexicons are data: one `<locale>.json` per language beside this file, plus `microsoft.json`
 * with the brand's spellings, domains, legal entities and addresses. Adding a language is adding
 * one JSON file; this module finds every file in the folder.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface LocaleLexicon {
  readonly locale: string;
  readonly language: string;
  /** false for scripts written without spaces between words (Japanese). */
  readonly spaced: boolean;
  /** Words that may stand between a preposition and the brand ("an die {brand}"): German names a company with one. */
  readonly articles: readonly string[];
  readonly detect: readonly string[];
  readonly topic: {
    readonly commerce: readonly string[];
    readonly commerceWeak: readonly string[];
    readonly operational: readonly string[];
    readonly other: readonly string[];
    readonly noCommerceImpact: readonly string[];
  };
  readonly authorship: {
    readonly valedictions: readonly string[];
    readonly teamWords: readonly string[];
    readonly firstPerson: readonly string[];
    readonly sentBy: readonly string[];
    /** The partner dealing with Microsoft as its supplier ("bestellt", "ordered"): "we … Microsoft" with one is the partner. */
    readonly partnerActions: readonly string[];
  };
  readonly routing: {
    readonly pay: readonly string[];
    readonly contact: readonly string[];
    readonly negated: readonly string[];
    /** Words that make a question an inquiry ("Do I still pay Microsoft?"), not a polite request ("Wilt u … overmaken?"). */
    readonly inquiries: readonly string[];
    /** Labels of a payment-details field whose value names who is paid ("Payee", "Begunstigde"). */
    readonly payeeLabels: readonly string[];
    /** Labels of a field whose value is who to ask about billing ("Billing contact", "Interlocuteur facturation"). */
    readonly contactLabels: readonly string[];
  };
  readonly attribution: {
    readonly trademark: readonly string[];
    readonly partnerQualifiers: readonly string[];
    readonly genericWords: readonly string[];
  };
}

export interface BrandData {
  readonly brandPatterns: { readonly latin: readonly string[]; readonly nonLatin: readonly string[] };
  readonly productWords: readonly string[];
  /** Product names that alone present Microsoft as a sender ("Azure Billing"). */
  readonly senderProductBrands: readonly string[];
  readonly legalEntitySuffixes: readonly string[];
  /** Legal forms of any company ("GmbH", "S.A.S.", "Pte Ltd", "株式会社"): a signature line with one and no brand names another company. */
  readonly companyLegalForms: readonly string[];
  /** Country and region names that a subsidiary's or team's name may carry ("Microsoft Nederland"). */
  readonly regionWords: readonly string[];
  readonly legalEntityPhrases: readonly string[];
  readonly postalAddressPhrases: readonly string[];
  readonly domains: readonly string[];
  readonly notMicrosoftDomains: readonly string[];
  readonly selfServiceHosts: readonly string[];
  readonly billingUrlWords: readonly string[];
  readonly categories: { readonly commerce: readonly string[]; readonly operational: readonly string[]; readonly other: readonly string[] };
}

const directory = new URL("./", import.meta.url);
const BRAND_FILE = "microsoft.json";

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, directory), "utf8"));
}

export const brandData: BrandData = readJson(BRAND_FILE) as BrandData;

export const localeLexicons: readonly LocaleLexicon[] = readdirSync(directory)
  .filter((name) => name.endsWith(".json") && name !== BRAND_FILE)
  .sort()
  .map((name) => readJson(name) as LocaleLexicon);

export const knownLocales: readonly string[] = localeLexicons.map((lexicon) => lexicon.locale);
