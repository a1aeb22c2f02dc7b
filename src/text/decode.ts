import { decodeHTML } from "entities";
import { MappedText, MappedTextBuilder } from "./mapped-text.js";

/** Character used in model text where a template placeholder stood. */
export const PLACEHOLDER = "\uFFFC";

// Bounded repetitions keep every branch linear: no input can make these backtrack.
const ENTITY_AT = /&(?:#\d{1,7};?|#[xX][\da-fA-F]{1,6};?|[A-Za-z][A-Za-z\d]{1,31};?)/uy;

/**
 * Appends HTML source text at `sourceStart` with character references decoded: each entity
 * becomes an atomic piece pointing at its exact source characters.
 */
export function appendEntityDecoded(builder: MappedTextBuilder, raw: string, sourceStart: number): void {
  let cursor = 0;
  for (let index = raw.indexOf("&"); index !== -1; index = raw.indexOf("&", index + 1)) {
    const entity = entityAt(raw, index);
    if (!entity) continue;
    builder.appendSource(raw.slice(cursor, index), sourceStart + cursor);
    builder.appendAtomic(entity.decoded, sourceStart + index, entity.length);
    cursor = index + entity.length;
    index = cursor - 1;
  }
  builder.appendSource(raw.slice(cursor), sourceStart + cursor);
}

/** The character reference starting at `index` that decodes to something else, if one does. */
export function entityAt(raw: string, index: number): { decoded: string; length: number } | undefined {
  ENTITY_AT.lastIndex = index;
  const match = ENTITY_AT.exec(raw);
  if (!match) return undefined;
  const decoded = decodeHTML(match[0]);
  return decoded === match[0] ? undefined : { decoded, length: match[0].length };
}

export function decodeEntitiesMapped(raw: string, sourceStart: number): MappedText {
  const builder = new MappedTextBuilder();
  appendEntityDecoded(builder, raw, sourceStart);
  return builder.build();
}

/**
 * Maps a value a parser already decoded (remark's text, YAML's scalar) back onto its source
 * slice, character by character where they agree. Escapes (`\*`), entities and stripped
 * indentation become atomic pieces, so positions stay exact around them.
 */
export function alignDecoded(value: string, source: string, sourceStart: number): MappedText {
  if (value === source) return MappedText.fromSource(value, sourceStart);
  const builder = new MappedTextBuilder();
  let i = 0;
  let j = 0;
  while (i < value.length && j < source.length) {
    if (value[i] === source[j]) {
      // The common case: a run that reads as written, appended as one piece.
      const runStart = i;
      const sourceRunStart = j;
      while (i < value.length && j < source.length && value[i] === source[j]) {
        i++;
        j++;
      }
      builder.appendSource(value.slice(runStart, i), sourceStart + sourceRunStart);
      continue;
    }
    if (source[j] === "\\" && source[j + 1] === value[i]) {
      builder.appendAtomic(value[i]!, sourceStart + j, 2);
      i++;
      j += 2;
      continue;
    }
    if (source[j] === "&") {
      ENTITY_AT.lastIndex = j;
      const match = ENTITY_AT.exec(source);
      const decoded = match ? decodeHTML(match[0]) : undefined;
      if (match && decoded && value.startsWith(decoded, i)) {
        builder.appendAtomic(decoded, sourceStart + j, match[0].length);
        i += decoded.length;
        j += match[0].length;
        continue;
      }
    }
    if (value[i] === " " && (source[j] === "\n" || source[j] === "\r")) {
      // A line break the parser folded into one space (a YAML value over two lines), with the
      // next line's indentation: one space standing for all of it, so a range never ends mid-CRLF.
      const breakStart = j;
      j += source[j] === "\r" && source[j + 1] === "\n" ? 2 : 1;
      while (source[j] === " " || source[j] === "\t") j++;
      builder.appendAtomic(" ", sourceStart + breakStart, j - breakStart);
      i++;
      continue;
    }
    if (source[j] === " " || source[j] === "\t" || source[j] === ">" || source[j] === "\r") {
      j++; // indentation, block quote markers and CR the parser dropped from the value
      continue;
    }
    break;
  }
  if (i < value.length) {
    // What could not be aligned maps as one unit onto the rest of the source.
    builder.appendAtomic(value.slice(i), sourceStart + Math.min(j, source.length), Math.max(0, source.length - j));
  }
  return builder.build();
}

export function decodeEntities(raw: string): string {
  return raw.includes("&") ? decodeHTML(raw) : raw;
}
