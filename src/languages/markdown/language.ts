import { templateLanguage } from "../shared/language-base.js";
import { parseMarkdown } from "./parse.js";
import { MarkdownTemplateSourceCode } from "./source-code.js";

export const markdownLanguage = templateLanguage({
  name: "csp-comms/markdown",
  formatName: "Markdown",
  parse: parseMarkdown,
  createSourceCode: (text, ast) => new MarkdownTemplateSourceCode({ text, ast }),
});
