import type { File, Language, OkParseResult } from "@eslint/core";
import type { Root } from "mdast";
import { parseSafely, rejectLanguageOptions } from "../shared/language-base.js";
import { parseMarkdown } from "./parse.js";
import { MarkdownTemplateSourceCode } from "./source-code.js";

export const markdownLanguage = {
  fileType: "text",
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  defaultLanguageOptions: {},
  validateLanguageOptions(languageOptions: object | undefined): void {
    rejectLanguageOptions("csp-comms/markdown", languageOptions);
  },
  parse(file: File) {
    return parseSafely(file, "Markdown", parseMarkdown);
  },
  createSourceCode(file: File, parseResult: OkParseResult<Root>): MarkdownTemplateSourceCode {
    return new MarkdownTemplateSourceCode({ text: String(file.body), ast: parseResult.ast });
  },
} satisfies Language;
