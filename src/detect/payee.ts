import { BRAND_TOKEN, subText } from "./normalize.js";
import { findAll } from "./patterns.js";
import type { PreparedBlock } from "./text-units.js";
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
    const label = findAll("routing.payeeLabels", context.locales, text)[0];
    if (!label || label.start > 2) continue;
    const separator = /^[\s:：-]*/u.exec(text.slice(label.end))?.[0].length ?? 0;
    const valueStart = label.end + separator;
    const lineEnd = text.indexOf("\n", valueStart);
    const valueEnd = lineEnd === -1 ? text.length : lineEnd;
    if (valueEnd > valueStart) {
      if (presentsMicrosoft(subText(block.prepared, valueStart, valueEnd), context)) payees.push({ block, start: valueStart, end: valueEnd });
      continue;
    }
    if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= LABEL_MAX_WORDS && next && presentsMicrosoft(next.prepared, context)) {
      payees.push({ block: next, start: 0, end: next.prepared.text.length });
    }
  }
  return payees;
}
