import { pushAll } from "../arrays.js";
import { BRAND_TOKEN, subText } from "./normalize.js";
import { findAll } from "./patterns.js";
import { linesOf, wordCount, type PreparedBlock } from "./text-units.js";
import { presentsMicrosoft, type PresentationContext } from "./words.js";

const LABEL_MAX_WORDS = 4;

/** The part of a block that names Microsoft as the one to be paid or asked, in prepared-text coordinates. */
export interface LabelledValue {
  readonly block: PreparedBlock;
  readonly start: number;
  readonly end: number;
}

/**
 * Payment details laid out as label and value — "Payee: Microsoft Ireland Operations Limited" on
 * one line, or a label cell followed by a value cell — where the value presents Microsoft: the
 * customer is told to pay Microsoft.
 */
export function microsoftPayees(blocks: readonly PreparedBlock[], context: PresentationContext): LabelledValue[] {
  return microsoftLabelledValues(blocks, context, "routing.payeeLabels");
}

/** The same layout for a billing contact: "Interlocuteur facturation : Microsoft Schweiz GmbH". */
export function microsoftBillingContacts(blocks: readonly PreparedBlock[], context: PresentationContext): LabelledValue[] {
  return microsoftLabelledValues(blocks, context, "routing.contactLabels");
}

/** Lines below a label-only line that may hold its value: "Zahlbar an" / IBAN / "Microsoft Schweiz GmbH". */
const VALUE_LINES = 3;

function microsoftLabelledValues(blocks: readonly PreparedBlock[], context: PresentationContext, list: "routing.payeeLabels" | "routing.contactLabels"): LabelledValue[] {
  const values: LabelledValue[] = [];
  for (const [index, block] of blocks.entries()) {
    const text = block.prepared.text;
    const next = blocks[index + 1];
    // The value names the brand, on the label's line, a line below it or in the next block.
    if (!text.includes(BRAND_TOKEN) && !next?.prepared.text.includes(BRAND_TOKEN)) continue;
    const labels = findAll(list, context.locales, text);
    if (labels.length === 0) continue;
    const lines = linesOf(block.prepared);
    for (const [lineIndex, line] of lines.entries()) {
      const separatorAfter = (end: number) => /^[\s:：/-]*/u.exec(text.slice(end, line.end))?.[0].length ?? 0;
      const leading = labels.find((candidate) => candidate.start >= line.start && candidate.start <= line.start + 2);
      const wholeLine = leading !== undefined && leading.end + separatorAfter(leading.end) >= line.end;
      // A label that ends a short line ("Konto / Zahlbar an") names what the lines below hold.
      const ending = labels.find((candidate) => candidate.start >= line.start && candidate.end + separatorAfter(candidate.end) >= line.end && (wordCount(line.text) <= LABEL_MAX_WORDS || wholeLine));
      const label = leading ?? ending;
      if (!label) continue;
      const valueStart = label.end + separatorAfter(label.end);
      if (line.end > valueStart) {
        // The value may go on with an address: "Microsoft Schweiz GmbH, The Circle 02, 8058 Zürich".
        const comma = text.indexOf(",", valueStart);
        const nameEnd = comma > valueStart && comma < line.end ? comma : line.end;
        const named = presentsMicrosoft(subText(block.prepared, valueStart, line.end), context) || presentsMicrosoft(subText(block.prepared, valueStart, nameEnd), context);
        if (named) values.push({ block, start: valueStart, end: line.end });
        // A label cell that goes on about what it labels ("Réclamations / questions sur le
        // montant") still labels the cell beside it.
        else if (next && lines.length === 1 && block.block.role === "table-cell" && next.block.role === "table-cell") pushAll(values, valueCell(next, context));
      } else if (lineIndex < lines.length - 1) {
        const value = lines.slice(lineIndex + 1, lineIndex + 1 + VALUE_LINES).find((below) => presentsMicrosoft(subText(block.prepared, below.start, below.end), context));
        if (value) values.push({ block, start: value.start, end: value.end });
      } else if ((wordCount(text) <= LABEL_MAX_WORDS || (wholeLine && lines.length === 1)) && next) {
        pushAll(values, valueCell(next, context));
      }
    }
  }
  return values;
}

/**
 * The value in the block after a label: the whole block, its first line, or its first line's head
 * before a comma — a value cell may go on with a phone number and hours below the name, or after
 * a comma with how to pay ("Microsoft, par virement").
 */
function valueCell(next: PreparedBlock, context: PresentationContext): LabelledValue[] {
  const firstLine = linesOf(next.prepared)[0];
  const comma = firstLine ? next.prepared.text.indexOf(",", firstLine.start) : -1;
  if (presentsMicrosoft(next.prepared, context)) return [{ block: next, start: 0, end: next.prepared.text.length }];
  if (firstLine && presentsMicrosoft(subText(next.prepared, firstLine.start, firstLine.end), context)) return [{ block: next, start: firstLine.start, end: firstLine.end }];
  if (firstLine && comma > firstLine.start && comma < firstLine.end && presentsMicrosoft(subText(next.prepared, firstLine.start, comma), context)) return [{ block: next, start: firstLine.start, end: firstLine.end }];
  return [];
}
