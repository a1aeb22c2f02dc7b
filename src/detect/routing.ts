import { pushAll } from "../arrays.js";
import { brandData } from "../lexicons/index.js";
import type { BodyItem } from "../communication/message.js";
import type { CspCommsSettings } from "../settings.js";
import type { MappedText } from "../text/mapped-text.js";
import type { Finding } from "./findings.js";
import { BRAND_TOKEN, matchSourceRange, subText, type PreparedText } from "./normalize.js";
import { containsAny, findAll } from "./patterns.js";
import { classifyDomain, parseWebUrl } from "./sender.js";
import { microsoftBillingContacts, microsoftPayees } from "./payee.js";
import type { PreparedBlock, Sentence } from "./text-units.js";
import { presentsMicrosoft, type PresentationContext } from "./words.js";

/** A URL written as text, which mail clients link: with a scheme, or starting `www.` as GFM reads it. */
const URL_IN_TEXT = /(?<![\p{L}\p{N}.\-])(?:https?:\/\/|www\.)[^\s<>"'()]{1,2000}/giu;
const EMAIL_IN_TEXT = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/gu;

/**
 * Billing routed to Microsoft: told to pay Microsoft, to contact Microsoft about a charge, or sent
 * to a Microsoft billing page. Reported on the sentence or the link.
 */
export function routingFindings(
  blocks: readonly PreparedBlock[],
  body: readonly BodyItem[],
  settings: CspCommsSettings,
  context: PresentationContext,
): Finding[] {
  const findings: Finding[] = [
    ...microsoftPayees(blocks, context).map(({ block, start, end }): Finding => ({ signal: "billing-contact", kind: "pay-microsoft", range: matchSourceRange(block.prepared, start, end) })),
    ...microsoftBillingContacts(blocks, context).map(({ block, start, end }): Finding => ({ signal: "billing-contact", kind: "contact-microsoft", range: matchSourceRange(block.prepared, start, end) })),
  ];
  for (const [index, block] of blocks.entries()) {
    const prepared = block.prepared;
    // Every pay and contact phrase names the brand; an e-mail address may be Microsoft's without it.
    const hasAddress = prepared.text.includes("@");
    if (prepared.mentions.some((mention) => mention.kind === "organization") || hasAddress) {
      // A value cell is read with the cell before it: "Rechnung und Zahlungsweise | Microsoft-Hotline".
      const labelCell = block.block.role === "table-cell" && blocks[index - 1]?.block.role === "table-cell" ? blocks[index - 1]!.prepared.text : "";
      pushAll(findings, sentenceFindings(prepared, block.sentences, labelCell, settings, context));
    }
    if (/http|www\./iu.test(prepared.origin.text)) {
      for (const match of prepared.origin.text.matchAll(URL_IN_TEXT)) {
        // A sentence's closing punctuation is not part of the URL (GFM autolinks agree).
        const url = match[0].replace(/[.,;:!?]+$/u, "");
        if (isMicrosoftBillingUrl(/^www\./iu.test(url) ? `https://${url}` : url, settings)) {
          findings.push({ signal: "billing-contact", kind: "billing-url", range: prepared.origin.sourceRange(match.index, match.index + url.length) });
        }
      }
    }
  }
  pushAll(findings, answerFindings(blocks, context));
  for (const href of linkTargets(body)) {
    if (isMicrosoftBillingUrl(href.text, settings)) {
      findings.push({ signal: "billing-contact", kind: "billing-url", range: href.range });
    }
  }
  return dedupe(findings);
}

function sentenceFindings(prepared: PreparedText, sentences: readonly Sentence[], labelCell: string, settings: CspCommsSettings, context: PresentationContext): Finding[] {
  const { locales } = context;
  const findings: Finding[] = [];
  let blockHasCommerce: boolean | undefined;
  const commerceIn = (text: string) => containsAny("topic.commerce", locales, text) || containsAny("topic.commerceWeak", locales, text);
  const commerceInBlock = () => (blockHasCommerce ??= commerceIn(prepared.text) || (labelCell !== "" && commerceIn(labelCell)));
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!text.includes(BRAND_TOKEN) && !text.includes("@")) continue;
    // An inquiry ("Do I still pay Microsoft?", an FAQ heading) tells the customer nothing; its
    // answer may (answerFindings). A polite request ("Wilt u … overmaken naar Microsoft?") does.
    if (QUESTION_END.test(text) && containsAny("routing.inquiries", locales, text)) continue;
    // A trademark attribution names Microsoft as the mark's owner, never as someone to pay or call.
    if (containsAny("attribution.trademark", locales, text)) continue;
    // "Ne contactez pas Microsoft : le support Microsoft ne voit pas nos factures" — a sentence that
    // tells the customer not to go to Microsoft, or says the partner pays it, is the partner's voice.
    if (containsAny("routing.negated", locales, text)) continue;
    const pay = findAll("routing.pay", locales, text);
    // A line that is only a Microsoft name ("The Microsoft Billing Team") is a signature, which
    // no-microsoft-authorship judges; it does not tell the customer to contact anyone.
    const nameOnly = presentsMicrosoft(subText(prepared, sentence.start, sentence.end), context);
    const contact = !nameOnly && commerceInBlock() ? findAll("routing.contact", locales, text) : [];
    const mailsMicrosoft = text.includes("@") && commerceInBlock() && [...text.matchAll(EMAIL_IN_TEXT)].some((match) => {
      const domain = match[0].slice(match[0].lastIndexOf("@") + 1);
      return classifyDomain(domain, settings) === "microsoft";
    });
    const kind = pay.length > 0 ? "pay-microsoft" : contact.length > 0 || mailsMicrosoft ? "contact-microsoft" : undefined;
    if (kind) findings.push({ signal: "billing-contact", kind, range: matchSourceRange(prepared, sentence.start, sentence.end) });
  }
  return findings;
}

/**
 * A billing question answered with Microsoft, as FAQs write it: "À qui dois-je faire parvenir mon
 * paiement ?" / "À Microsoft, directement.", or an accordion "Une question sur votre facture ?" /
 * "→ Microsoft, service Abonnements : 0 970 …". Reported on the answer.
 */
function answerFindings(blocks: readonly PreparedBlock[], context: PresentationContext): Finding[] {
  const { locales } = context;
  const findings: Finding[] = [];
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const questionBlock = blocks[blockIndex]!;
    // Most blocks ask nothing, and their sentences need not be split.
    if (!questionBlock.prepared.text.includes("?") && !questionBlock.prepared.text.includes("？")) continue;
    const questionSentences = questionBlock.sentences;
    for (let index = 0; index < questionSentences.length; index++) {
      const sentence = questionSentences[index]!;
      if (!QUESTION_END.test(sentence.text)) continue;
      const answer = sentenceAfter(blocks, blockIndex, index);
      if (!answer?.sentence.text.includes(BRAND_TOKEN)) continue;
      if (!containsAny("topic.commerce", locales, sentence.text) && !containsAny("topic.commerceWeak", locales, sentence.text)) continue;
      if (containsAny("routing.negated", locales, answer.sentence.text)) continue;
      // The answer's head, before its first comma or colon: "→ Microsoft" in "→ Microsoft, service …".
      const headLength = ANSWER_HEAD.exec(answer.sentence.text)![0].length;
      const { prepared } = answer.block;
      if (presentsMicrosoft(subText(prepared, answer.sentence.start, answer.sentence.start + headLength), context)) {
        findings.push({ signal: "billing-contact", kind: "contact-microsoft", range: matchSourceRange(prepared, answer.sentence.start, answer.sentence.end) });
      }
    }
  }
  return findings;
}

/** The sentence after sentence `index` of block `blockIndex`: the next in that block, or the first of a later block. */
function sentenceAfter(blocks: readonly PreparedBlock[], blockIndex: number, index: number): { block: PreparedBlock; sentence: Sentence } | undefined {
  const sameBlock = blocks[blockIndex]!.sentences[index + 1];
  if (sameBlock) return { block: blocks[blockIndex]!, sentence: sameBlock };
  for (let next = blockIndex + 1; next < blocks.length; next++) {
    const first = blocks[next]!.sentences[0];
    if (first) return { block: blocks[next]!, sentence: first };
  }
  return undefined;
}

const QUESTION_END = /[?？]$/u;
const ANSWER_HEAD = /^[^,，:：;、]*/u;

function linkTargets(body: readonly BodyItem[]): MappedText[] {
  const targets: MappedText[] = [];
  for (const item of body) {
    if (item.kind === "image") {
      if (item.href) targets.push(item.href);
    } else for (const link of item.links) targets.push(link.href);
  }
  return targets;
}

const BILLING_WORDS = new Set(brandData.billingUrlWords);

/** A Microsoft host that is not a self-service portal, with a billing word in host, path or query. */
export function isMicrosoftBillingUrl(href: string, settings: CspCommsSettings, redirects = 1): boolean {
  const url = parseWebUrl(href);
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  if (classifyDomain(host, settings) !== "microsoft") {
    // A click-tracking redirect carries its target in a parameter: follow it, without fetching.
    return redirects > 0 && [...url.searchParams.values()].some((value) => /^https?:\/\//iu.test(value) && isMicrosoftBillingUrl(value, settings, redirects - 1));
  }
  if (brandData.selfServiceHosts.some((selfService) => host === selfService || host.endsWith(`.${selfService}`))) return false;
  const words = `${host} ${url.pathname} ${url.search} ${url.hash}`.toLowerCase().split(/[^a-z]+/u);
  return words.some((word) => BILLING_WORDS.has(word));
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((found) => {
    const key = `${found.range[0]}:${found.range[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
