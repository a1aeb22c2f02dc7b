import { decodeHTML } from "entities";
import { MappedTextBuilder, type MappedText } from "./mapped-text.js";

/** Character used in model text where a template placeholder stood. */
export const PLACEHOLDER = "\uFFFC";

// Bounded repetitions keep every branch linear: no input can make these backtrack.
const ENTITY = /&(?:#\d{1,7};?|#[xX][\da-fA-F]{1,6};?|[A-Za-z][A-Za-z\d]{1,31};?)/gu;
const PLACEHOLDER_SYNTAX = /\{\{[^{}]{0,500}\}\}|\{%[^%]{0,500}%\}/gu;

export interface DecodeOptions {
  /** Decode HTML character references (MJML and HTML inside Markdown; not Markdown text, which remark decodes). */
  readonly entities: boolean;
  /** Fold `{{ … }}` / `{% … %}` into one placeholder character. */
  readonly placeholders: boolean;
}

/**
 * Decodes source text at `sourceStart` into mapped text: each entity or placeholder becomes an
 * atomic piece pointing at its exact source characters.
 */
export function appendDecoded(builder: MappedTextBuilder, raw: string, sourceStart: number, options: DecodeOptions): void {
  const matches: { index: number; length: number; text: string }[] = [];
  if (options.placeholders && (raw.includes("{{") || raw.includes("{%"))) {
    for (const match of raw.matchAll(PLACEHOLDER_SYNTAX)) {
      matches.push({ index: match.index, length: match[0].length, text: PLACEHOLDER });
    }
  }
  if (options.entities && raw.includes("&")) {
    for (const match of raw.matchAll(ENTITY)) {
      const decoded = decodeHTML(match[0]);
      if (decoded !== match[0]) matches.push({ index: match.index, length: match[0].length, text: decoded });
    }
  }
  matches.sort((a, b) => a.index - b.index);
  let cursor = 0;
  for (const match of matches) {
    if (match.index < cursor) continue; // an entity inside a placeholder belongs to the placeholder
    builder.appendSource(raw.slice(cursor, match.index), sourceStart + cursor);
    builder.appendAtomic(match.text, sourceStart + match.index, match.length);
    cursor = match.index + match.length;
  }
  builder.appendSource(raw.slice(cursor), sourceStart + cursor);
}

export function decodeMapped(raw: string, sourceStart: number, options: DecodeOptions): MappedText {
  const builder = new MappedTextBuilder();
  appendDecoded(builder, raw, sourceStart, options);
  return builder.build();
}

export function decodeEntities(raw: string): string {
  return raw.includes("&") ? decodeHTML(raw) : raw;
}
