import noMicrosoftAuthorship from "./no-microsoft-authorship.js";
import noMicrosoftBillingContact from "./no-microsoft-billing-contact.js";
import noMicrosoftSender from "./no-microsoft-sender.js";
import noMicrosoftSenderInCode from "./no-microsoft-sender-in-code.js";
import requirePartnerSender from "./require-partner-sender.js";
import validMjml from "./valid-mjml.js";

export const rules = {
  "no-microsoft-sender": noMicrosoftSender,
  "no-microsoft-authorship": noMicrosoftAuthorship,
  "no-microsoft-billing-contact": noMicrosoftBillingContact,
  "require-partner-sender": requirePartnerSender,
  "no-microsoft-sender-in-code": noMicrosoftSenderInCode,
  "valid-mjml": validMjml,
};
