import type { Message } from "../communication/message.js";
import { localeLexicons } from "../lexicons/index.js";
import type { Audience, CspCommsSettings } from "../settings.js";
import { authorshipFindings } from "./authorship.js";
import type { Finding, Signal, Topic } from "./findings.js";
import { prepareText } from "./normalize.js";
import { findAll } from "./patterns.js";
import { routingFindings } from "./routing.js";
import { senderFindings } from "./sender.js";
import { prepareBlocks, type PreparedBlock } from "./text-units.js";
import { classifyTopic, type TopicVerdict } from "./topic.js";
import { normalizedName, type PresentationContext } from "./words.js";

export type { Finding, Signal, Topic } from "./findings.js";
export { parseAddress, classifyDomain } from "./sender.js";

export interface Analysis {
  readonly audience: Audience;
  readonly topic: TopicVerdict;
  /** Best guess of the template's language, from metadata or its words (computed on first read). */
  readonly locale: string | undefined;
  /** Everything the detectors found, whether or not the guideline applies (computed on first read). */
  readonly findings: readonly Finding[];
  /** Whether the guideline applies: CSP audience and subscription commerce. */
  readonly guidelineApplies: boolean;
}

const cache = new WeakMap<Message, WeakMap<CspCommsSettings, Analysis>>();

/** Every detector over one message; pure, and cached so the four rules share the work. */
export function analyze(message: Message, settings: CspCommsSettings): Analysis {
  let bySettings = cache.get(message);
  if (!bySettings) {
    bySettings = new WeakMap();
    cache.set(message, bySettings);
  }
  const cached = bySettings.get(settings);
  if (cached) return cached;
  const analysis = runDetectors(message, settings);
  bySettings.set(settings, analysis);
  return analysis;
}

function runDetectors(message: Message, settings: CspCommsSettings): Analysis {
  const locales = settings.locales;
  const context: PresentationContext = { locales, partnerName: normalizedName(settings.partner.name) };
  // Normalizing every block is most of the cost: done only when a verdict needs the body.
  let prepared: PreparedBlock[] | undefined;
  const blocks = () => (prepared ??= prepareBlocks(message.body));
  const audienceValue = message.headers.get("audience")?.value.text.trim().toLowerCase();
  const audience: Audience = audienceValue === "direct" ? "direct" : audienceValue === "csp" ? "csp" : settings.audience;
  const topic = classifyTopic(message.headers, blocks, locales);
  let findings: Finding[] | undefined;
  let locale: string | null | undefined;
  return {
    audience,
    topic,
    get locale() {
      if (locale === undefined) locale = detectLocale(message, blocks().map((block) => block.prepared.text)) ?? null;
      return locale ?? undefined;
    },
    get findings() {
      if (!findings) {
        findings = withoutDuplicates([
          ...senderFindings(message.headers, settings, context),
          ...authorshipFindings(blocks(), message, settings, context),
          ...routingFindings(blocks(), message.body, settings, context),
        ]);
      }
      return findings;
    },
    guidelineApplies: audience === "csp" && topic.topic === "commerce",
  };
}

/**
 * One report per place: the same range found twice for one signal (a signature line that is also
 * the legal entity) is reported once, and a Microsoft entity named as payee or billing contact is
 * billing routed to Microsoft rather than a footer.
 */
function withoutDuplicates(findings: readonly Finding[]): Finding[] {
  const overlaps = (a: Finding, b: Finding) => a.range[0] < b.range[1] && b.range[0] < a.range[1];
  const length = (found: Finding) => found.range[1] - found.range[0];
  // A Microsoft entity named as the one to pay or to ask is routing, whatever else it looks like.
  const routed = findings.filter((found) => found.kind === "pay-microsoft" || found.kind === "contact-microsoft");
  const kept: Finding[] = [];
  for (const found of findings) {
    if (found.kind === "legal-footer" && routed.some((routing) => overlaps(routing, found))) continue;
    const twin = kept.findIndex((other) => other.signal === found.signal && (other.kind === found.kind ? overlaps(other, found) : other.range[0] === found.range[0] && other.range[1] === found.range[1]));
    if (twin === -1) kept.push(found);
    else if (kept[twin]!.kind === found.kind && length(found) > length(kept[twin]!)) kept[twin] = found;
  }
  return kept;
}

function detectLocale(message: Message, texts: readonly string[]): string | undefined {
  const declared = message.headers.get("locale")?.value.text.trim().toLowerCase().split(/[-_]/u)[0];
  if (declared) return declared;
  const subject = message.headers.get("subject")?.value;
  const text = [subject ? prepareText(subject).text : "", ...texts].join("\n").slice(0, 20_000);
  let best: { locale: string; score: number } | undefined;
  for (const lexicon of localeLexicons) {
    const score = findAll("detect", [lexicon.locale], text).length;
    if (score > (best?.score ?? 0)) best = { locale: lexicon.locale, score };
  }
  return best?.locale;
}

export function findingsFor(analysis: Analysis, signal: Signal): Finding[] {
  return analysis.guidelineApplies ? analysis.findings.filter((found) => found.signal === signal) : [];
}

export function topicLabel(topic: Topic): string {
  return topic === "commerce" ? "subscription commerce" : topic === "operational" ? "an operational notice" : "not subscription commerce";
}
