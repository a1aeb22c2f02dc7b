import type { FrontMatterEntry } from "../languages/shared/front-matter.js";
import type { Range } from "../languages/shared/markup-ast.js";
import { alignDecoded } from "../text/decode.js";
import { MappedTextBuilder } from "../text/mapped-text.js";
import { foldPlaceholders } from "../text/transform.js";
import { headerNameOf, normalizedKey, SENDER_ADDRESS_KEYS, SENDER_NAME_KEYS, type HeaderField } from "./message.js";

/** Front matter keys that are headers, their values mapped back into the YAML source; the first of two spellings wins. */
type ScalarEntry = FrontMatterEntry & { value: string; valueRange: Range };

export function frontMatterHeaders(entries: readonly FrontMatterEntry[], text: string): HeaderField[] {
  const scalars = entries.filter((entry): entry is ScalarEntry => entry.value !== null && entry.valueRange !== null);
  const valueOf = ({ value, valueRange: [start, end] }: ScalarEntry) => foldPlaceholders(alignDecoded(value, text.slice(start, end), start)).trim();
  const senderName = scalars.find((entry) => SENDER_NAME_KEYS.has(normalizedKey(entry.key)));
  const senderAddress = scalars.find((entry) => SENDER_ADDRESS_KEYS.has(normalizedKey(entry.key)));
  const fields: HeaderField[] = [];
  for (const entry of scalars) {
    const name = headerNameOf(entry.key);
    if (!name || fields.some((field) => field.name === name)) continue;
    // A bare address key with a separate display-name key is joined below.
    if (name === "from" && senderName && entry === senderAddress) continue;
    fields.push({ name, value: valueOf(entry) });
  }
  if (!fields.some((field) => field.name === "from") && (senderName ?? senderAddress)) {
    // "Display Name <address>", each part mapped to its own value in the YAML.
    const builder = new MappedTextBuilder();
    if (senderName) builder.appendMapped(valueOf(senderName));
    if (senderAddress) {
      const address = valueOf(senderAddress);
      if (builder.length > 0) builder.appendSynthetic(" <", address.range[0]).appendMapped(address).appendSynthetic(">", address.range[1]);
      else builder.appendMapped(address);
    }
    fields.push({ name: "from", value: builder.build(), composed: true });
  }
  return fields;
}
