/**
 * `settings["csp-comms"]`: one schema, validated once per settings object. ESLint passes
 * settings through untouched, so a typo would otherwise silently change what is reported.
 */
import { knownLocales } from "./lexicons/index.js";

export type Audience = "csp" | "direct";

export interface PartnerSettings {
  /** The partner's brand as customers know it, e.g. "Contoso Cloud". */
  readonly name?: string;
  /** Domains the partner sends from, e.g. ["contoso.com"]; subdomains included. */
  readonly domains: readonly string[];
  /** The partner's sender, e.g. "Contoso Billing <billing@contoso.com>", offered in suggestions. */
  readonly sender?: string;
}

export interface CspCommsSettings {
  readonly partner: PartnerSettings;
  /** Audience of templates that do not say; `csp` unless a whole repository is for direct customers. */
  readonly audience: Audience;
  /** Extra Microsoft domains beyond the built-in list. */
  readonly microsoftDomains: readonly string[];
  /** Restrict detection to these locales (default: all bundled locales). */
  readonly locales: readonly string[];
}

export class SettingsError extends Error {
  constructor(message: string) {
    super(`Invalid settings["csp-comms"]: ${message}`);
    this.name = "SettingsError";
    // A configuration mistake, not a bug: ESLint prints `stack`, so keep it to the message.
    this.stack = `${this.name}: ${this.message}`;
  }
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z][a-z\d-]{0,61}[a-z\d]$/u;
const TOP_LEVEL_KEYS = ["partner", "audience", "microsoftDomains", "locales"] as const;
const PARTNER_KEYS = ["name", "domains", "sender"] as const;

const cache = new WeakMap<object, CspCommsSettings>();
const DEFAULTS: CspCommsSettings = Object.freeze({
  partner: Object.freeze({ domains: Object.freeze([]) }),
  audience: "csp",
  microsoftDomains: Object.freeze([]),
  locales: Object.freeze([...knownLocales]),
});

/** Reads and validates the plugin's settings from ESLint's `context.settings`. */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): CspCommsSettings {
  const raw = settings?.["csp-comms"];
  if (raw === undefined) return DEFAULTS;
  if (!isRecord(raw)) throw new SettingsError(`expected an object, got ${describe(raw)}.`);
  const cached = cache.get(raw);
  if (cached) return cached;
  const parsed = parseSettings(raw);
  cache.set(raw, parsed);
  return parsed;
}

function parseSettings(raw: Record<string, unknown>): CspCommsSettings {
  rejectUnknownKeys(raw, TOP_LEVEL_KEYS, "");
  const partner = parsePartner(raw["partner"]);
  const audience = raw["audience"] ?? "csp";
  if (audience !== "csp" && audience !== "direct") {
    throw new SettingsError(`"audience" must be "csp" or "direct", got ${describe(audience)}.`);
  }
  const microsoftDomains = parseDomains(raw["microsoftDomains"], "microsoftDomains");
  const locales = raw["locales"] === undefined ? [...knownLocales] : parseStrings(raw["locales"], "locales");
  for (const [index, locale] of locales.entries()) {
    if (!knownLocales.includes(locale)) {
      throw new SettingsError(`"locales[${index}]" is "${locale}", which has no lexicon; known locales: ${knownLocales.join(", ")}.`);
    }
  }
  return Object.freeze({ partner, audience, microsoftDomains, locales });
}

function parsePartner(raw: unknown): PartnerSettings {
  if (raw === undefined) return DEFAULTS.partner;
  if (!isRecord(raw)) throw new SettingsError(`"partner" must be an object like { name: "Contoso", domains: ["contoso.com"] }, got ${describe(raw)}.`);
  rejectUnknownKeys(raw, PARTNER_KEYS, "partner.");
  const name = raw["name"];
  if (name !== undefined && (typeof name !== "string" || name.trim() === "")) {
    throw new SettingsError(`"partner.name" must be a non-empty string, got ${describe(name)}.`);
  }
  const sender = raw["sender"];
  if (sender !== undefined && (typeof sender !== "string" || !sender.includes("@"))) {
    throw new SettingsError(`"partner.sender" must be an address such as "Contoso Billing <billing@contoso.com>", got ${describe(sender)}.`);
  }
  return Object.freeze({
    domains: parseDomains(raw["domains"], "partner.domains"),
    ...(name === undefined ? {} : { name: name }),
    ...(sender === undefined ? {} : { sender: sender }),
  });
}

function parseDomains(raw: unknown, key: string): readonly string[] {
  if (raw === undefined) return Object.freeze([]);
  const domains = parseStrings(raw, key).map((domain) => domain.trim().toLowerCase().replace(/^\*\./u, ""));
  for (const [index, domain] of domains.entries()) {
    if (!DOMAIN.test(domain)) {
      throw new SettingsError(`"${key}[${index}]" is "${domain}", which is not a domain name such as "contoso.com".`);
    }
  }
  return Object.freeze(domains);
}

function parseStrings(raw: unknown, key: string): string[] {
  if (!Array.isArray(raw)) throw new SettingsError(`"${key}" must be an array of strings, got ${describe(raw)}.`);
  for (const [index, item] of raw.entries()) {
    if (typeof item !== "string") throw new SettingsError(`"${key}[${index}]" must be a string, got ${describe(item)}.`);
  }
  return raw as string[];
}

function rejectUnknownKeys(raw: Record<string, unknown>, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      throw new SettingsError(`unknown key "${prefix}${key}"; allowed keys: ${known.map((name) => prefix + name).join(", ")}.`);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `"${value}"`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
