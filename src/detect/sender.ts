import { brandData } from "../lexicons/index.js";
import type { CspCommsSettings } from "../settings.js";
import { MappedText } from "../text/mapped-text.js";
import { PLACEHOLDER_SYNTAX } from "../text/transform.js";
import type { Finding } from "./findings.js";
import { prepareText } from "./normalize.js";
import { senderPresentsMicrosoft, type PresentationContext } from "./words.js";

export interface ParsedAddress {
  readonly displayName: MappedText | undefined;
  readonly address: MappedText | undefined;
  readonly domain: string | undefined;
}

const NAME_AND_ADDRESS = /^(.{0,300}?)\s{0,20}[<‹]([^<>‹›]{0,320})[>›]\s{0,20}$/su;

/** `Name <address>`, `"Name" <address>`, a bare address, or a name alone (placeholders kept). */
export function parseAddress(value: MappedText): ParsedAddress {
  const match = NAME_AND_ADDRESS.exec(value.text);
  if (match) {
    const nameStart = 0;
    const nameText = match[1] ?? "";
    const addressStart = match[0].indexOf(match[2] ?? "", nameText.length);
    const displayName = trimQuotes(value.slice(nameStart, nameText.length));
    const address = value.slice(addressStart, addressStart + (match[2] ?? "").length).trim();
    return { displayName: displayName.text === "" ? undefined : displayName, address, domain: domainOf(address.text) };
  }
  const trimmed = value.trim();
  if (trimmed.text.includes("@")) return { displayName: undefined, address: trimmed, domain: domainOf(trimmed.text) };
  return { displayName: trimmed.text === "" ? undefined : trimQuotes(trimmed), address: undefined, domain: undefined };
}

function trimQuotes(text: MappedText): MappedText {
  const trimmed = text.trim();
  const value = trimmed.text;
  if (value.length >= 2 && /^["'“”„]/u.test(value) && /["'“”]$/u.test(value)) return trimmed.slice(1, value.length - 1).trim();
  return trimmed;
}

function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  if (at === -1) return undefined;
  return address.slice(at + 1).trim().replace(/^mailto:/iu, "").replace(/\.$/u, "").toLowerCase();
}

function hasSuffix(domain: string, suffix: string): boolean {
  return domain === suffix || domain.endsWith(`.${suffix}`);
}

export type DomainOwner = "partner" | "microsoft" | "other";

/**
 * A link or image address as a web URL, or undefined. `https://{{ region }}.microsoft.com/pay`: a
 * placeholder stands for some name; the rest of the URL still counts.
 */
export function parseWebUrl(href: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(href.trim().replace(PLACEHOLDER_SYNTAX, "placeholder"));
  } catch {
    return undefined;
  }
  return url.protocol === "https:" || url.protocol === "http:" ? url : undefined;
}

/** Who a domain belongs to: the configured partner, Microsoft (listed, or a brand look-alike), or someone else. */
export function classifyDomain(domain: string, settings: CspCommsSettings): DomainOwner {
  if (settings.partner.domains.some((partner) => hasSuffix(domain, partner))) return "partner";
  if (brandData.notMicrosoftDomains.some((other) => hasSuffix(domain, other))) return "other";
  if ([...brandData.domains, ...settings.microsoftDomains].some((microsoft) => hasSuffix(domain, microsoft))) return "microsoft";
  // "microsoft-billing.net", "msft-invoices.com": a brand look-alike is Microsoft-branded too.
  const labels = domain.split(".").slice(0, -1).join(" ");
  const prepared = prepareText(MappedText.fromSource(labels, 0));
  return prepared.mentions.length > 0 ? "microsoft" : "other";
}

export function senderFindings(
  headers: ReadonlyMap<string, { value: MappedText }>,
  settings: CspCommsSettings,
  context: PresentationContext,
): Finding[] {
  const findings: Finding[] = [];
  for (const header of ["from", "reply-to"] as const) {
    const field = headers.get(header);
    if (!field) continue;
    const parsed = parseAddress(field.value);
    if (parsed.displayName && senderPresentsMicrosoft(prepareText(parsed.displayName), context)) {
      findings.push({ signal: "sender", kind: "sender-display-name", header, range: parsed.displayName.range });
    }
    if (parsed.address && parsed.domain && classifyDomain(parsed.domain, settings) === "microsoft") {
      findings.push({ signal: "sender", kind: "sender-address", header, range: parsed.address.range });
    }
  }
  return findings;
}
