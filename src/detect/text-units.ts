import type { BodyItem, TextBlock } from "../communication/message.js";
import { prepareText, type PreparedText } from "./normalize.js";

/** A sentence or line of a block, in the block's prepared-text coordinates. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Latin full stops end a sentence before a space, except after an initial ("S. de R.L.",
// "B.V.") or a common abbreviation ("Ltd.", "Tel.", "bzw."); CJK ones (。！？) need no space.
const SENTENCE_END = /(?<!(?:^|[\s.])\p{L})(?<!(?:^|\s)(?:ltd|inc|corp|co|llc|plc|tel|nr|str|bzw|vgl|ggf|inkl|zzgl|usw|etc|mr|mrs|ms|dr|mme|mlle|sr|sra|dhr|mevr))[.!?](?=\s|$)|[。！？\n]/gu;

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function sentencesOf(prepared: { readonly text: string }): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = prepared.text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") sentences.push({ start: start + leading, end: start + leading + trimmed.length, text: trimmed });
  };
  for (const match of prepared.text.matchAll(SENTENCE_END)) {
    const end = match.index + (match[0] === "\n" ? 0 : match[0].length);
    push(end);
    start = match.index + match[0].length;
  }
  push(prepared.text.length);
  return sentences;
}

/** The sentence that holds text index `index`, if any does. */
export function sentenceHolding(sentences: readonly Sentence[], index: number): Sentence | undefined {
  return sentences.find((sentence) => sentence.start <= index && index < sentence.end);
}

export function linesOf(prepared: PreparedText): Sentence[] {
  const lines: Sentence[] = [];
  let start = 0;
  for (const line of prepared.text.split("\n")) {
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed !== "") lines.push({ start: start + leading, end: start + leading + trimmed.length, text: trimmed });
    start += line.length + 1;
  }
  return lines;
}

/** A block's text prepared for matching; its sentences are split on first read. */
export class PreparedBlock {
  readonly block: TextBlock;
  readonly prepared: PreparedText;
  #sentences: readonly Sentence[] | undefined;

  constructor(block: TextBlock, prepared: PreparedText) {
    this.block = block;
    this.prepared = prepared;
  }

  /** Most blocks name neither the brand nor a number, and no detector reads their sentences. */
  get sentences(): readonly Sentence[] {
    return (this.#sentences ??= sentencesOf(this.prepared));
  }
}

export function prepareBlocks(body: readonly BodyItem[]): PreparedBlock[] {
  const blocks: PreparedBlock[] = [];
  for (const item of body) {
    if (item.kind === "text" && item.text.text !== "") blocks.push(new PreparedBlock(item, prepareText(item.text)));
  }
  return blocks;
}
