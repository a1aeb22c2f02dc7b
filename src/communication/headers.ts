import type { FrontMatterEntry } from "../languages/shared/front-matter.js";
import type { Range } from "../languages/shared/markup-ast.js";
import { alignDecoded } from "../text/decode.js";
import { MappedTextBuilder } from "../text/mapped-text.js";
import { foldPlaceholders } from "../text/transform.js";
import { headerNameOf, normalizedKey, SENDER_ADDRESS_KEYS, SENDER_NAME_KEYS, type HeaderField } from "./message.js";

/** Front matter keys that are headers, their values mapped back into the YAML source; the first of two spellings wins. */
export function frontMatterHeaders(entries: readonly FrontMatterEntry[], text: string): HeaderField[] {
  const fields: HeaderField[] = [];
  const valueOf = (entry: FrontMatterEntry & { valueRange: Range; value: string }) => {
    const [start, end] = entry.valueRange;
    return foldPlaceholders(alignDecoded(entry.value, text.slice(start, end), start)).trim();
  };
  const withValue = (entry: FrontMatterEntry): entry is FrontMatterEntry & { valueRange: Range; value: string } => entry.value !== null && entry.valueRange !== null;
  const senderName = entries.find((entry) => withValue(entry) && SENDER_NAME_KEYS.has(normalizedKey(entry.key)));
  const senderAddress = entries.find((entry) => withValue(entry) && SENDER_ADDRESS_KEYS.has(normalizedKey(entry.key)));
  for (const entry of entries) {
    const name = headerNameOf(entry.key);
    if (!name || !withValue(entry) || fields.some((field) => field.name === name)) continue;
    // A bare address key with a separate display-name key is joined below.
    if (name === "from" && senderName && entry === senderAddress) continue;
    fields.push({ name, value: valueOf(entry) });
  }
  if (!fields.some((field) => field.name === "from") && (senderName ?? senderAddress)) {
    // "Display Name <address>", each part mapped to its own value in the YAML.
    const builder = new MappedTextBuilder();
    if (senderName && withValue(senderName)) builder.appendMapped(valueOf(senderName));
    if (senderAddress && withValue(senderAddress)) {
      const address = valueOf(senderAddress);
      if (builder.length > 0) builder.appendSynthetic(" <", address.range[0]).appendMapped(address).appendSynthetic(">", address.range[1]);
      else builder.appendMapped(address);
    }
    fields.push({ name: "from", value: builder.build(), composed: true });
  }
  return fields;
}
