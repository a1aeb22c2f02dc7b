import type { FrontMatterEntry } from "../languages/shared/front-matter.js";
import { alignDecoded } from "../text/decode.js";
import { foldPlaceholders } from "../text/transform.js";
import { headerNameOf, type HeaderField } from "./message.js";

/** Front matter keys that are headers, their values mapped back into the YAML source; the first of two spellings wins. */
export function frontMatterHeaders(entries: readonly FrontMatterEntry[], text: string): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const entry of entries) {
    const name = headerNameOf(entry.key);
    if (!name || entry.value === null || entry.valueRange === null || fields.some((field) => field.name === name)) continue;
    const [start, end] = entry.valueRange;
    fields.push({ name, value: foldPlaceholders(alignDecoded(entry.value, text.slice(start, end), start)).trim() });
  }
  return fields;
}
