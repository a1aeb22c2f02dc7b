import { brandData } from "../lexicons/index.js";
import type { BodyItem, ImageItem, Message } from "../communication/message.js";
import type { Finding } from "./findings.js";
import { BRAND_TOKEN, matchSourceRange, prepareText, escapeRegExp, foldLexiconEntry, subText, type PreparedText } from "./normalize.js";
import type { CspCommsSettings } from "../settings.js";
import { classifyDomain, parseWebUrl } from "./sender.js";
import { containsAny, findAll, PhraseSet } from "./patterns.js";
import { linesOf, sentenceHolding, sentencesOf, wordCount, type PreparedBlock, type Sentence } from "./text-units.js";
import { presentsMicrosoft, textOutsideMentions, type PresentationContext } from "./words.js";

/** How many trailing blocks a sign-off may sit in, and how long a signature line may be. */
const SIGN_OFF_BLOCKS = 6;
/** How far from the end a closing formula is looked for: a footer of links and addresses may follow it. */
const VALEDICTION_SEARCH_BLOCKS = 30;
const SIGNATURE_MAX_WORDS = 10;
/** Lines after a closing formula that belong to the signature: name, title, team or company, address. */
const SIGNATURE_LINES = 4;
const HEADER_ZONE_MIN_WORDS = 5;

const LEGAL_ENTITY_SUFFIX = new RegExp(
  `${BRAND_TOKEN}[\\s,]{1,3}(?:${[...brandData.legalEntitySuffixes].sort((a, b) => b.length - a.length).map((suffix) => suffix.split(" ").map(escapeRegExp).join("[\\s.,]{0,3}")).join("|")})(?![\\p{L}\\p{N}])`,
  "u",
);
const LEGAL_ENTITY_NAMES = new PhraseSet(brandData.legalEntityPhrases.map((pattern) => ({ pattern, spaced: false })));
const POSTAL_ADDRESS = new PhraseSet(brandData.postalAddressPhrases.map((pattern) => ({ pattern, spaced: true })));
const COPYRIGHT = new RegExp(`(?:©|\\(c\\)|copyright)[^\\n]{0,40}?${BRAND_TOKEN}(?![\\p{L}])`, "u");

export function authorshipFindings(blocks: readonly PreparedBlock[], message: Message, settings: CspCommsSettings, context: PresentationContext): Finding[] {
  const closing = closingBlocks(blocks, context);
  return [
    ...signOffFindings(closing, context),
    ...signatureBlockFindings(closing, context),
    ...legalFooterFindings(blocks, context),
    ...firstPersonFindings(blocks, context),
    ...sentByFindings(blocks, message.headers, context),
    ...logoFindings(blocks, message.body, settings, context),
  ];
}

/**
 * Where a sign-off or signature can stand: the last few blocks, and everything from the last
 * closing formula on ("Mit freundlichen Grüßen" before a footer of links, address and imprint).
 */
function closingBlocks(blocks: readonly PreparedBlock[], context: PresentationContext): readonly PreparedBlock[] {
  let start = Math.max(0, blocks.length - SIGN_OFF_BLOCKS);
  for (let index = start - 1; index >= Math.max(0, blocks.length - VALEDICTION_SEARCH_BLOCKS); index--) {
    if (containsAny("authorship.valedictions", context.locales, blocks[index]!.prepared.text)) {
      start = index;
      break;
    }
  }
  return blocks.slice(start);
}

/**
 * The message says in so many words that Microsoft sent it ("Diese Nachricht wurde Ihnen von
 * Microsoft gesendet", "Un message de Microsoft au sujet de votre paiement"), in the body or in
 * the subject or preview line a mail client shows before it is opened.
 */
function sentByFindings(blocks: readonly PreparedBlock[], headers: Message["headers"], context: PresentationContext): Finding[] {
  const findings: Finding[] = [];
  const headerTexts = (["subject", "preheader"] as const).flatMap((name) => {
    const value = headers.get(name)?.value;
    return value ? [prepareText(value)] : [];
  });
  const texts = [...headerTexts.map((prepared) => ({ prepared, sentences: () => sentencesOf(prepared) })), ...blocks.map((block) => ({ prepared: block.prepared, sentences: () => block.sentences }))];
  for (const { prepared, sentences } of texts) {
    // Every sender statement names the brand.
    if (!prepared.mentions.some((mention) => mention.kind === "organization")) continue;
    for (const match of findAll("authorship.sentBy", context.locales, prepared.text)) {
      // "… ist unabhängig und handelt nicht im Namen von Microsoft": the partner disclaiming it.
      const sentence = sentenceHolding(sentences(), match.start)?.text ?? prepared.text;
      if (containsAny("attribution.trademark", context.locales, sentence)) continue;
      // "Vous ne recevrez aucun remboursement de la part de Microsoft": a sentence that says
      // Microsoft sends nothing is the partner's, as it is for routing.
      if (containsAny("routing.negated", context.locales, sentence)) continue;
      findings.push(finding("sent-by", prepared, match.start, match.end));
    }
  }
  return findings;
}

function finding(kind: Finding["kind"], prepared: PreparedText, start: number, end: number): Finding {
  const originStart = prepared.starts[start] ?? 0;
  const originEnd = prepared.ends[end - 1] ?? originStart;
  return { signal: "authorship", kind, range: matchSourceRange(prepared, start, end), verbatim: prepared.origin.isVerbatim(originStart, originEnd) };
}

/**
 * A signature line that presents Microsoft: the company ("Microsoft France", "Microsoft Customer
 * Success"), or a product team ("The Microsoft 365 Team"). A person's product title ("Microsoft
 * 365 Lizenzberaterin") names a skill, not the sender.
 */
function signsAsMicrosoft(line: PreparedText, context: PresentationContext): boolean {
  if (!presentsMicrosoft(line, context)) return false;
  return line.mentions.some((mention) => mention.kind === "organization") || containsAny("authorship.teamWords", context.locales, line.text);
}

/** "Julien Marchand": two to four capitalized words, as a signature starts with a person's name. */
const PERSONAL_NAME = /^\p{Lu}[\p{L}'’-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){1,3}$/u;

/**
 * A signature block — a person's name, then title and company lines — whose company line presents
 * Microsoft, as in a table cell "Julien Marchand / Account Manager / Microsoft France".
 */
function signatureBlockFindings(blocks: readonly PreparedBlock[], context: PresentationContext): Finding[] {
  const findings: Finding[] = [];
  for (const { prepared } of blocks) {
    if (!prepared.text.includes(BRAND_TOKEN)) continue;
    const lines = linesOf(prepared);
    for (const [index, line] of lines.entries()) {
      const written = prepared.origin.text.slice(prepared.starts[line.start], prepared.ends[line.end - 1]).trim();
      if (!PERSONAL_NAME.test(written)) continue;
      // The person's title, team and company follow on the next few short lines.
      const following = lines.slice(index + 1, index + 4);
      if (signedByAnotherCompany(following)) continue;
      const partners = signsForPartner(following, context);
      for (const next of following) {
        if (wordCount(next.text) > SIGNATURE_MAX_WORDS) break;
        const slice = subText(prepared, next.start, next.end);
        if (signsAsMicrosoft(slice, context) && !(partners && isPersonsTitle(slice, context))) findings.push(finding("sign-off", prepared, next.start, next.end));
      }
    }
  }
  return findings;
}

/** Whether a signature's lines name the partner: "Guadalmar Sistemas · Microsoft Solutions Partner". */
function signsForPartner(lines: readonly Sentence[], context: PresentationContext): boolean {
  return lines.some((line) => containsAny("attribution.partnerQualifiers", context.locales, line.text) || (context.partnerName !== undefined && line.text.includes(context.partnerName)));
}

// Unspaced scripts glue the legal form to the name ("コントソ株式会社"); spaced ones need word edges.
const COMPANY_LEGAL_FORM = new RegExp(
  [...brandData.companyLegalForms]
    .sort((a, b) => b.length - a.length)
    .map((form) => (/^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(form) ? escapeRegExp(form) : `(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`))
    .join("|"),
  "u",
);

/**
 * Whether signature lines name a company other than Microsoft by its legal form ("Guadua Nube
 * S.A.S.", "Merlion Cloud Pte Ltd"): the team or desk just above them ("Equipo de Licenciamiento
 * Microsoft") is that company's own.
 */
function signedByAnotherCompany(lines: readonly Sentence[]): boolean {
  return lines.some((line) => !line.text.includes(BRAND_TOKEN) && COMPANY_LEGAL_FORM.test(line.text));
}

/** A title line ("Responsable de licencias Microsoft") rather than a team signing: it names no team. */
function isPersonsTitle(line: PreparedText, context: PresentationContext): boolean {
  return !containsAny("authorship.teamWords", context.locales, line.text);
}

/**
 * A signature line: short, presents Microsoft, and sits after a closing formula or names a team.
 * Under a signature that names the partner, a person's title that mentions Microsoft is a skill.
 */
function signOffFindings(blocks: readonly PreparedBlock[], context: PresentationContext): Finding[] {
  const findings: Finding[] = [];
  const lines = blocks.flatMap(({ prepared }) => linesOf(prepared).map((line) => ({ prepared, line })));
  let afterValediction = 0;
  let partnersSignature = false;
  for (const [index, { prepared, line }] of lines.entries()) {
    let candidate: Sentence | undefined;
    let signedAfterFormula = true;
    // The last closing formula on the line: "Meilleures salutations / Cordialement, L'équipe …".
    const valediction = findAll("authorship.valedictions", context.locales, line.text).at(-1);
    if (valediction) {
      const rest = afterLastSentenceEnd(line.text.slice(valediction.end)).replace(/^[\s,.;:!。-]+/u, "");
      // The formula itself is not the signature ("Nous vous prions d'agréer …" is no "agréé" partner).
      const signature = [{ start: line.end - rest.length, end: line.end, text: rest }, ...lines.slice(index + 1, index + 1 + SIGNATURE_LINES).map((entry) => entry.line)];
      partnersSignature = signsForPartner(signature, context);
      if (rest !== "") candidate = { start: line.end - rest.length, end: line.end, text: rest };
      // The lines below sign too, also after a formula that runs on ("Veuillez agréer, Madame, …").
      afterValediction = SIGNATURE_LINES;
    } else if (afterValediction > 0) {
      candidate = line;
      afterValediction--;
    } else if (containsAny("authorship.teamWords", context.locales, line.text)) {
      candidate = line;
      signedAfterFormula = false;
    }
    if (!candidate || wordCount(candidate.text) > SIGNATURE_MAX_WORDS) continue;
    const slice = subText(prepared, candidate.start, candidate.end);
    if (!signsAsMicrosoft(slice, context)) continue;
    if (signedAfterFormula && partnersSignature && isPersonsTitle(slice, context)) continue;
    // "Equipo de Licenciamiento Microsoft / Guadua Nube S.A.S.": the next lines of the same block
    // name the company whose team it is (a footer set apart below does not).
    const ownBlockBelow = lines.slice(index + 1, index + 1 + SIGNATURE_LINES).filter((entry) => entry.prepared === prepared).map((entry) => entry.line);
    if (signedAfterFormula && signedByAnotherCompany(ownBlockBelow)) continue;
    findings.push(finding("sign-off", prepared, candidate.start, candidate.end));
  }
  return findings;
}

/** "お願いいたします。 Microsoft サポートチーム" → "Microsoft サポートチーム": the signature follows the formula's sentence. */
function afterLastSentenceEnd(text: string): string {
  const trimmed = text.trimEnd();
  let cut = -1;
  for (let index = 0; index < trimmed.length - 1; index++) {
    if (SENTENCE_ENDS.has(trimmed[index]!)) cut = index;
  }
  return cut === -1 ? text : trimmed.slice(cut + 1);
}

const SENTENCE_ENDS = new Set([".", "!", "?", "。", "！", "？"]);

/** Microsoft's company name with a legal form, its postal address or copyright, as the sender's footer. */
function legalFooterFindings(blocks: readonly PreparedBlock[], context: PresentationContext): Finding[] {
  const findings: Finding[] = [];
  for (const block of blocks) {
    const prepared = block.prepared;
    // A legal name carries the brand; a postal address the brand or a number (street, postcode).
    if (!prepared.text.includes(BRAND_TOKEN) && !/\d/u.test(prepared.text)) continue;
    const sentences = block.sentences;
    for (const [index, current] of sentences.entries()) {
      if (!current.text.includes(BRAND_TOKEN) && !/\d/u.test(current.text)) continue;
      let sentence: Sentence = current;
      let names = current.text.includes(BRAND_TOKEN) && (LEGAL_ENTITY_SUFFIX.test(current.text) || COPYRIGHT.test(current.text));
      const next = sentences[index + 1];
      if (!names && next && current.text.includes(BRAND_TOKEN)) {
        // A company name broken over two lines: "Microsoft France" / "SAS au capital de …".
        const joined: Sentence = { start: current.start, end: next.end, text: prepared.text.slice(current.start, next.end) };
        // Only when the name needs both lines (a next line with its own legal name stands alone).
        if (!LEGAL_ENTITY_SUFFIX.test(next.text) && LEGAL_ENTITY_SUFFIX.test(joined.text)) ({ sentence, names } = { sentence: joined, names: true });
      }
      if (!names && !LEGAL_ENTITY_NAMES.test(sentence.text) && !POSTAL_ADDRESS.test(sentence.text)) continue;
      if (containsAny("attribution.trademark", context.locales, sentence.text)) continue;
      if (context.partnerName && sentence.text.includes(context.partnerName)) continue;
      findings.push(finding("legal-footer", prepared, sentence.start, sentence.end));
    }
  }
  return findings;
}

function firstPersonFindings(blocks: readonly PreparedBlock[], context: PresentationContext): Finding[] {
  const findings: Finding[] = [];
  for (const block of blocks) {
    const prepared = block.prepared;
    // Every first-person phrase names the brand.
    if (!prepared.mentions.some((mention) => mention.kind === "organization")) continue;
    for (const match of findAll("authorship.firstPerson", context.locales, prepared.text)) {
      const endsOnBrand = prepared.mentions.some((mention) => mention.end === match.end);
      if (endsOnBrand && startsWithPartnerWord(prepared.text.slice(match.end, match.end + 40), context)) continue;
      // "Gestern haben wir bei Microsoft Lizenzen bestellt": the partner, buying from its supplier.
      const sentence = sentenceHolding(block.sentences, match.start);
      if (sentence && containsAny("authorship.partnerActions", context.locales, sentence.text)) continue;
      findings.push(finding("first-person", prepared, match.start, match.end));
    }
  }
  return findings;
}

/** "… als Microsoft-Partner": a phrase that ends on the brand is the partner's when a partner word follows. */
function startsWithPartnerWord(following: string, context: PresentationContext): boolean {
  const next = following.replace(/^[\s\-‐–—]+/u, "");
  return findAll("attribution.partnerQualifiers", context.locales, next).some((match) => match.start === 0);
}

/**
 * Microsoft's brand as the header, before the first real paragraph: an image whose alt text or
 * file name is a Microsoft logo, or a text wordmark ("■■■■ Microsoft") standing alone.
 */
function logoFindings(blocks: readonly PreparedBlock[], body: readonly BodyItem[], settings: CspCommsSettings, context: PresentationContext): Finding[] {
  const findings: Finding[] = [];
  const firstParagraph = blocks.find((block) => wordCount(block.prepared.text) >= HEADER_ZONE_MIN_WORDS)?.block;
  // Blocks are the body's non-empty text items in order: one cursor finds each item's block.
  let nextBlock = 0;
  for (const item of body) {
    if (item === firstParagraph) break;
    if (item.kind === "text") {
      if (blocks[nextBlock]?.block !== item) continue;
      const block = blocks[nextBlock++]!;
      if (isWordmark(block.prepared)) findings.push(finding("wordmark", block.prepared, 0, block.prepared.text.length));
      continue;
    }
    const logo = microsoftLogoText(item, settings, context);
    if (logo) findings.push(finding("logo", logo, 0, logo.text.length));
  }
  return findings;
}

const REGION_WORDS = new Set(brandData.regionWords.map((word) => foldLexiconEntry(word)));

/** Only the organization's name (with a region at most) and symbols: "■■■■ Microsoft", "Microsoft France". */
function isWordmark(prepared: PreparedText): boolean {
  if (!prepared.mentions.some((mention) => mention.kind === "organization")) return false;
  // Runs of words, so a region of several words ("ciudad de mexico") is looked up whole.
  const words = textOutsideMentions(prepared).match(/[\p{L}\p{N}]+(?:[\s-]+[\p{L}\p{N}]+)*/gu) ?? [];
  return words.every((word) => REGION_WORDS.has(word));
}

function microsoftLogoText(image: ImageItem, settings: CspCommsSettings, context: PresentationContext): PreparedText | undefined {
  for (const text of [image.alt, image.title]) {
    if (!text || text.text.trim() === "") continue;
    const prepared = prepareText(text);
    if (presentsMicrosoft(prepared, context)) return prepared;
  }
  if (image.src && (!image.alt || image.alt.text.trim() === "")) {
    const fileName = image.src.text.split(/[/?#]/u).filter((part) => part !== "").at(-1) ?? "";
    const start = image.src.text.lastIndexOf(fileName);
    const prepared = prepareText(image.src.slice(start, start + fileName.length));
    const words = prepared.text.replace(/[-_.]+/gu, " ");
    if (/logo/u.test(words) && presentsMicrosoft({ ...prepared, text: words }, context)) return prepared;
    // Hot-linked from Microsoft's own image store under its name ("uhf.microsoft.com/images/microsoft/RE1Mu3b.png").
    if (isMicrosoftBrandImage(image.src.text, settings)) return prepareText(image.src);
  }
  return undefined;
}

function isMicrosoftBrandImage(src: string, settings: CspCommsSettings): boolean {
  const url = parseWebUrl(src);
  return url !== undefined && classifyDomain(url.hostname.toLowerCase(), settings) === "microsoft" && url.pathname.toLowerCase().split(/[^a-z0-9]+/u).includes(BRAND_TOKEN);
}
