import type { SourceRange } from "../text/mapped-text.js";

export type Signal = "sender" | "authorship" | "billing-contact";

export type FindingKind =
  | "sender-address" | "sender-display-name"
  | "sign-off" | "legal-footer" | "first-person" | "sent-by" | "logo" | "wordmark"
  | "pay-microsoft" | "contact-microsoft" | "billing-url";

export interface Finding {
  readonly signal: Signal;
  readonly kind: FindingKind;
  readonly range: SourceRange;
  /** The range holds exactly the visible text (no markup inside), so a suggestion may replace it. */
  readonly verbatim?: boolean;
  /** For sender findings: which header. */
  readonly header?: "from" | "reply-to";
}

export type Topic = "commerce" | "operational" | "other";
