import { MappedText, MappedTextBuilder } from "./mapped-text.js";
import { PLACEHOLDER } from "./decode.js";

// Handlebars/Liquid `{{ … }}`, `{% … %}`, and `${ … }` as JavaScript template literals write them.
export const PLACEHOLDER_SYNTAX = /\{\{[^{}]{0,500}\}\}|\{%[^%]{0,500}%\}|\$\{[^{}]{0,500}\}/gu;
// Only runs that change: a lone space is left alone, so ordinary prose yields no matches at all.
const WHITESPACE_RUN = /[\t\n\f\r\u00A0][\t\n\f\r \u00A0]*| [\t\n\f\r \u00A0]+/gu;

// A placeholder with a fallback text: `{{ name | default: 'Microsoft Billing' }}`, Jinja's
// `default("…")`, JavaScript's `${name ?? "…"}` or `${name || "…"}`.
const FALLBACK_TEXT = /(?:\bdefault\s*[:(]\s*|\?\?\s*|\|\|\s*)(["'])([^"'{}]{1,200})\1/u;

/**
 * Replaces each `{{ … }}` / `{% … %}` / `${ … }` by one placeholder character mapped to the whole
 * placeholder, or by its fallback text when it has one: what a reader sees when the value is empty.
 */
export function foldPlaceholders(mapped: MappedText): MappedText {
  if (!mapped.text.includes("{{") && !mapped.text.includes("{%") && !mapped.text.includes("${")) return mapped;
  return replaceMatches(mapped, PLACEHOLDER_SYNTAX, (placeholder) => FALLBACK_TEXT.exec(placeholder)?.[2] ?? PLACEHOLDER);
}

/**
 * HTML whitespace: every run becomes one space. Markdown keeps its line breaks (`keepNewlines`),
 * which detectors use to find a sign-off line.
 */
export function collapseWhitespace(mapped: MappedText, keepNewlines: boolean): MappedText {
  return replaceMatches(mapped, WHITESPACE_RUN, (run) => (keepNewlines && run.includes("\n") ? "\n" : " "));
}

function replaceMatches(mapped: MappedText, pattern: RegExp, replacement: (match: string) => string): MappedText {
  const builder = new MappedTextBuilder();
  let cursor = 0;
  for (const match of mapped.text.matchAll(pattern)) {
    const replaced = replacement(match[0]);
    if (replaced === match[0]) continue;
    builder.appendMapped(mapped.slice(cursor, match.index));
    const [start, end] = mapped.sourceRange(match.index, match.index + match[0].length);
    builder.appendAtomic(replaced, start, end - start);
    cursor = match.index + match[0].length;
  }
  if (cursor === 0) return mapped;
  builder.appendMapped(mapped.slice(cursor));
  return builder.build();
}
