import { templateLanguage } from "../shared/language-base.js";
import { parseMjml } from "./parse.js";
import { MjmlSourceCode } from "./source-code.js";

export const mjmlLanguage = templateLanguage({
  name: "csp-comms/mjml",
  formatName: "MJML",
  parse: parseMjml,
  createSourceCode: (text, ast) => new MjmlSourceCode({ text, ast }),
});
