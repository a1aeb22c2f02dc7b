import type { MappedText, SourceRange } from "../text/mapped-text.js";

/** Metadata keys a template may declare (front matter, MJML head). */
export const HEADER_NAMES = ["from", "reply-to", "subject", "preheader", "category", "locale", "audience"] as const;
export type HeaderName = (typeof HEADER_NAMES)[number];

export interface HeaderField {
  readonly name: HeaderName;
  /** The value, decoded, mapped to its source characters. */
  readonly value: MappedText;
  /** Joined from several metadata values (`from_name` and `from_email`): no single range to replace. */
  readonly composed?: boolean;
}

export interface Link {
  /** The visible link text (may be empty for an image link). */
  readonly text: MappedText;
  readonly href: MappedText;
}

/** Where a block came from, in format-neutral terms. */
export type BlockRole = "paragraph" | "heading" | "list-item" | "table-cell" | "button" | "quote";

export interface TextBlock {
  readonly kind: "text";
  readonly role: BlockRole;
  /** Visible text; lines split by `\n` where the template breaks lines. */
  readonly text: MappedText;
  readonly links: readonly Link[];
}

export interface ImageItem {
  readonly kind: "image";
  readonly alt: MappedText | undefined;
  readonly src: MappedText | undefined;
  readonly title: MappedText | undefined;
  readonly href: MappedText | undefined;
  /** The whole image element or Markdown image, for reports that have no better range. */
  readonly range: SourceRange;
}

export type BodyItem = TextBlock | ImageItem;

/** One template as the detectors see it: no MJML, no Markdown, only what a reader would. */
export interface Message {
  readonly headers: ReadonlyMap<HeaderName, HeaderField>;
  /** Blocks and images in reading order. */
  readonly body: readonly BodyItem[];
}

export function isHeaderName(name: string): name is HeaderName {
  return (HEADER_NAMES as readonly string[]).includes(name);
}

/** Spellings of the metadata keys seen in template repositories, mapped to the documented ones. */
const HEADER_ALIASES: Readonly<Record<string, HeaderName>> = {
  sender: "from",
  "from-address": "from",
  "from-email": "from",
  replyto: "reply-to",
  "reply-to-address": "reply-to",
  title: "subject",
  "preview-text": "preheader",
  preview: "preheader",
  lang: "locale",
  language: "locale",
};

/** A metadata key in one spelling: `Reply_To` and `replyTo` read `reply-to`. */
export function normalizedKey(key: string): string {
  return key
    .trim()
    .replace(/([a-z])([A-Z])/gu, "$1-$2")
    .toLowerCase()
    .replace(/[\s_]+/gu, "-");
}

/** The header a metadata key stands for: `Reply_To`, `replyTo` and `reply-to` are all reply-to. */
export function headerNameOf(key: string): HeaderName | undefined {
  const normalized = normalizedKey(key);
  if (isHeaderName(normalized)) return normalized;
  return Object.hasOwn(HEADER_ALIASES, normalized) ? HEADER_ALIASES[normalized] : undefined;
}

/** Keys that hold only a sender's display name or only its address, joined into one `from`. */
export const SENDER_NAME_KEYS: ReadonlySet<string> = new Set(["from.name", "from-name", "from.display-name", "sender-name", "sender.name"]);
export const SENDER_ADDRESS_KEYS: ReadonlySet<string> = new Set(["from.email", "from.address", "from-email", "from-address", "sender-email", "sender.email", "sender-address", "sender.address"]);
