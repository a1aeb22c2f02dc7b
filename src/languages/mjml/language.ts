import type { File, Language, OkParseResult } from "@eslint/core";
import { parseSafely, rejectLanguageOptions } from "../shared/language-base.js";
import type { MjmlDocument } from "./ast.js";
import { parseMjml } from "./parse.js";
import { MjmlSourceCode } from "./source-code.js";

export const mjmlLanguage = {
  fileType: "text",
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  defaultLanguageOptions: {},
  validateLanguageOptions(languageOptions: object | undefined): void {
    rejectLanguageOptions("csp-comms/mjml", languageOptions);
  },
  parse(file: File) {
    return parseSafely(file, "MJML", parseMjml);
  },
  createSourceCode(file: File, parseResult: OkParseResult<MjmlDocument>): MjmlSourceCode {
    return new MjmlSourceCode({ text: String(file.body), ast: parseResult.ast });
  },
} satisfies Language;
