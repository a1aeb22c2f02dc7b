import type { File, FileError, Language, OkParseResult, NotOkParseResult } from "@eslint/core";
import type { TextSourceCodeBase } from "@eslint/plugin-kit";
import { LineIndex } from "./line-index.js";
import { ParseFailure, findNonTextContent } from "./parse-failure.js";

/**
 * Runs a parser so that it never throws into ESLint: a `ParseFailure` becomes one fatal message
 * at its line and column, anything unexpected becomes one fatal message at 1:1 that says it is a
 * bug in the plugin (ESLint would otherwise print a stack trace and stop the whole run).
 */
export function parseSafely<Ast>(
  file: File,
  formatName: string,
  parse: (text: string, lineIndex: LineIndex, path: string) => Ast,
): OkParseResult<Ast> | NotOkParseResult {
  const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
  const lineIndex = new LineIndex(text);
  try {
    const nonText = findNonTextContent(text);
    if (nonText) throw nonText;
    return { ok: true, ast: parse(text, lineIndex, file.path) };
  } catch (error) {
    if (error instanceof ParseFailure) {
      const position = lineIndex.position(error.offset);
      const failure: FileError = { message: `${formatName}: ${error.message}`, line: position.line, column: position.column };
      return { ok: false, errors: [failure] };
    }
    if (error instanceof RangeError && /call stack/u.test(error.message)) {
      return { ok: false, errors: [{ message: `${formatName}: the template is nested too deeply to parse; flatten the nesting.`, line: 1, column: 1 }] };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ message: `${formatName}: the template could not be parsed (${detail}). This is a bug in eslint-plugin-csp-comms; please report it with the file.`, line: 1, column: 1 }],
    };
  }
}

/**
 * An ESLint 10 text language for templates: positions are 1-based lines and columns, parsing never
 * throws, and no language options are accepted yet (an unknown one is a configuration error).
 */
export function templateLanguage<Ast extends object, Code extends TextSourceCodeBase>(definition: {
  name: string;
  formatName: string;
  /** `path` is the file's path as ESLint gives it (`<text>` for text without one). */
  parse: (text: string, lineIndex: LineIndex, path: string) => Ast;
  createSourceCode: (text: string, ast: Ast) => Code;
}) {
  return {
    fileType: "text",
    lineStart: 1,
    columnStart: 1,
    nodeTypeKey: "type",
    defaultLanguageOptions: {},
    validateLanguageOptions(languageOptions: object | undefined): void {
      const keys = Object.keys(languageOptions ?? {});
      if (keys.length > 0) {
        throw new TypeError(`${definition.name} does not accept languageOptions; remove: ${keys.join(", ")}.`);
      }
    },
    parse(file: File) {
      return parseSafely(file, definition.formatName, definition.parse);
    },
    createSourceCode(file: File, parseResult: OkParseResult<Ast>): Code {
      return definition.createSourceCode(String(file.body), parseResult.ast);
    },
  } satisfies Language;
}
