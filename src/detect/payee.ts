import { BRAND_TOKEN, subText } from "./normalize.js";
import { findAll } from "./patterns.js";
import { linesOf, wordCount, type PreparedBlock } from "./text-units.js";
import { presentsMicrosoft, type PresentationContext } from "./words.js";

const LABEL_MAX_WORDS = 4;

/** The part of a block that names Microsoft as the one to be paid, in prepared-text coordinates. */
export interface PayeeSpan {
  readonly block: PreparedBlock;
  readonly start: number;
  readonly end: number;
}

/**
 * Payment details laid out as label and value — "Payee: Microsoft Ireland Operations Limited" on
 * one line, or a label cell followed by a value cell — where the value presents Microsoft: the
 * customer is told to pay Microsoft.
 */
export function microsoftPayees(blocks: readonly PreparedBlock[], context: PresentationContext): PayeeSpan[] {
  const payees: PayeeSpan[] = [];
  for (const [index, block] of blocks.entries()) {
    const text = block.prepared.text;
    const next = blocks[index + 1];
    // The payee value names the brand, on the label's line or in the next block.
    if (!text.includes(BRAND_TOKEN) && !next?.prepared.text.includes(BRAND_TOKEN)) continue;
    const labels = findAll("routing.payeeLabels", context.locales, text);
    if (labels.length === 0) continue;
    for (const line of linesOf(block.prepared)) {
      const label = labels.find((candidate) => candidate.start >= line.start && candidate.start <= line.start + 2);
      if (!label) continue;
      const separator = /^[\s:：-]*/u.exec(text.slice(label.end, line.end))?.[0].length ?? 0;
      const valueStart = label.end + separator;
      if (line.end > valueStart) {
        if (presentsMicrosoft(subText(block.prepared, valueStart, line.end), context)) payees.push({ block, start: valueStart, end: line.end });
      } else if (wordCount(text) <= LABEL_MAX_WORDS && next && presentsMicrosoft(next.prepared, context)) {
        payees.push({ block: next, start: 0, end: next.prepared.text.length });
      }
    }
  }
  return payees;
}
