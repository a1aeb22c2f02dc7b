import type { SourceLocation } from "./languages/shared/line-index.js";

/** The part of a rule context the template rules use, typed for our languages' source codes. */
export interface TemplateRuleContext {
  sourceCode: {
    text: string;
    ast: unknown;
    getLocFromIndex(index: number): { line: number; column: number };
  };
  settings: Readonly<Record<string, unknown>>;
  filename: string;
  cwd: string;
}

/** A report location for a source range, clamped into the file. */
export function reportLocation(context: TemplateRuleContext, range: readonly [number, number]): SourceLocation {
  const length = context.sourceCode.text.length;
  const start = Math.max(0, Math.min(range[0], length));
  const end = Math.max(start, Math.min(range[1], length));
  return { start: context.sourceCode.getLocFromIndex(start), end: context.sourceCode.getLocFromIndex(end) };
}

const EXCERPT_LENGTH = 80;

/** The reported source text on one line, shortened for a message. */
export function excerptOf(sourceText: string, range: readonly [number, number]): string {
  const text = sourceText.slice(range[0], range[1]).replace(/\s+/gu, " ").trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

export function excerpt(context: TemplateRuleContext, range: readonly [number, number]): string {
  return excerptOf(context.sourceCode.text, range);
}
