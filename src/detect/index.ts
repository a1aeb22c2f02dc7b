import type { Message } from "../communication/message.js";
import { localeLexicons } from "../lexicons/index.js";
import type { Audience, CspCommsSettings } from "../settings.js";
import { authorshipFindings } from "./authorship.js";
import type { Finding, Signal, Topic } from "./findings.js";
import { prepareText } from "./normalize.js";
import { microsoftPayees } from "./payee.js";
import { findAll } from "./patterns.js";
import { routingFindings } from "./routing.js";
import { senderFindings } from "./sender.js";
import { prepareBlocks } from "./text-units.js";
import { classifyTopic, type TopicVerdict } from "./topic.js";
import { normalizedName, type PresentationContext } from "./words.js";

export type { Finding, Signal, Topic } from "./findings.js";
export { parseAddress, classifyDomain } from "./sender.js";

export interface Analysis {
  readonly audience: Audience;
  readonly topic: TopicVerdict;
  /** Best guess of the template's language, from metadata or its words. */
  readonly locale: string | undefined;
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
  const blocks = prepareBlocks(message.body);
  const audienceValue = message.headers.get("audience")?.value.text.trim().toLowerCase();
  const audience: Audience = audienceValue === "direct" ? "direct" : audienceValue === "csp" ? "csp" : settings.audience;
  const topic = classifyTopic(message.headers, blocks, locales);
  const payees = microsoftPayees(blocks, context);
  const findings = [
    ...senderFindings(message.headers, settings, context),
    ...authorshipFindings(blocks, message.body, context, payees),
    ...routingFindings(blocks, message.body, settings, context, payees),
  ];
  return {
    audience,
    topic,
    locale: detectLocale(message, blocks.map((block) => block.prepared.text)),
    findings,
    guidelineApplies: audience === "csp" && topic.topic === "commerce",
  };
}

function detectLocale(message: Message, texts: readonly string[]): string | undefined {
  const declared = message.headers.get("locale")?.value.text.trim().toLowerCase().split(/[-_]/u)[0];
  if (declared) return declared;
  const sample = [message.headers.get("subject")?.value, ...[]].filter((value) => value !== undefined).map((value) => prepareText(value).text);
  const text = [...sample, ...texts].join("\n").slice(0, 20_000);
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
