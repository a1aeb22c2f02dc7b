import validMjml from "./valid-mjml.js";

export const rules = {
  "valid-mjml": validMjml,
};
