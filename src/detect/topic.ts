import { brandData } from "../lexicons/index.js";
import type { HeaderField, HeaderName } from "../communication/message.js";
import type { Topic } from "./findings.js";
import { prepareText, type PreparedText } from "./normalize.js";
import { findAll, type PatternMatch } from "./patterns.js";
import type { PreparedBlock } from "./text-units.js";

export interface TopicVerdict {
  readonly topic: Topic;
  /** What decided it, for messages: e.g. `category "renewal"` or `"invoice" in the subject`. */
  readonly evidence: string;
}

interface Counts {
  commerce: PatternMatch[];
  weak: number;
  operational: number;
  other: number;
}

/** A match as the template writes it ("Rechnung", not the normalized "rechnung"). */
function written(prepared: PreparedText, match: PatternMatch): string {
  return prepared.origin.text.slice(prepared.starts[match.start], prepared.ends[match.end - 1]);
}

function count(text: string, locales: readonly string[]): Counts {
  const excluded = findAll("topic.noCommerceImpact", locales, text);
  const outside = (match: PatternMatch) => !excluded.some((span) => match.start < span.end && span.start < match.end);
  return {
    commerce: findAll("topic.commerce", locales, text).filter(outside),
    weak: findAll("topic.commerceWeak", locales, text).filter(outside).length,
    operational: findAll("topic.operational", locales, text).length,
    other: findAll("topic.other", locales, text).length,
  };
}

function categoryTopic(category: string): Topic | undefined {
  const words = category.toLowerCase().split(/[\s,;/|]+/u).filter((word) => word !== "");
  for (const topic of ["commerce", "operational", "other"] as const) {
    const known = brandData.categories[topic];
    if (words.some((word) => known.includes(word) || known.some((entry) => word.startsWith(`${entry}-`) || word.endsWith(`-${entry}`)))) return topic;
  }
  return undefined;
}

/**
 * Subscription commerce, operational notice, or something else. An explicit category decides;
 * otherwise the subject weighs most, then the preheader, then the body. "No billing impact" and
 * newsletter-unsubscribe phrases do not count as billing words.
 */
export function classifyTopic(
  headers: ReadonlyMap<HeaderName, HeaderField>,
  bodyBlocks: () => readonly PreparedBlock[],
  locales: readonly string[],
): TopicVerdict {
  const category = headers.get("category")?.value.text;
  if (category) {
    const topic = categoryTopic(category);
    if (topic) return { topic, evidence: `category "${category}"` };
  }
  const subjectText = headers.get("subject")?.value;
  const preparedSubject = subjectText ? prepareText(subjectText) : undefined;
  const subject = preparedSubject ? count(preparedSubject.text, locales) : undefined;
  const preheaderText = headers.get("preheader")?.value;
  const preparedPreheader = preheaderText ? prepareText(preheaderText) : undefined;
  const preheader = preparedPreheader ? count(preparedPreheader.text, locales) : undefined;
  if (subject && subject.commerce.length > 0 && subject.operational === 0) {
    return { topic: "commerce", evidence: `"${written(preparedSubject!, subject.commerce[0]!)}" in the subject` };
  }
  if (subject && subject.commerce.length === 0 && subject.operational > 0) return { topic: "operational", evidence: "the subject" };
  if (subject && subject.commerce.length === 0 && subject.other > 0) return { topic: "other", evidence: "the subject" };

  const blocks = bodyBlocks();
  const body = blocks.map((block) => count(block.prepared.text, locales));
  const sum = (pick: (counts: Counts) => number) => body.reduce((total, counts) => total + pick(counts), 0);
  const bodyCommerce = sum((counts) => counts.commerce.length);
  const commerce = 3 * (subject?.commerce.length ?? 0) + 2 * (preheader?.commerce.length ?? 0) + bodyCommerce +
    0.5 * ((subject?.weak ?? 0) + (preheader?.weak ?? 0) + sum((counts) => counts.weak));
  const operational = 3 * (subject?.operational ?? 0) + 2 * (preheader?.operational ?? 0) + sum((counts) => counts.operational);
  const other = 3 * (subject?.other ?? 0) + 2 * (preheader?.other ?? 0) + sum((counts) => counts.other);
  if (commerce >= 2 && commerce > operational && commerce >= other) {
    const sources: [PreparedText | undefined, Counts | undefined][] = [[preparedSubject, subject], [preparedPreheader, preheader], ...blocks.map((block, index): [PreparedText, Counts | undefined] => [block.prepared, body[index]])];
    const [prepared, counts] = sources.find(([, found]) => (found?.commerce.length ?? 0) > 0) ?? [];
    return { topic: "commerce", evidence: prepared && counts ? `"${written(prepared, counts.commerce[0]!)}" in the text` : "billing words in the text" };
  }
  if (operational > 0 && operational >= other) return { topic: "operational", evidence: "the text" };
  return { topic: "other", evidence: "the text" };
}
