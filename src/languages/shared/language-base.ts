import type { File, FileError, OkParseResult, NotOkParseResult } from "@eslint/core";
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
  parse: (text: string, lineIndex: LineIndex) => Ast,
): OkParseResult<Ast> | NotOkParseResult {
  const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
  const lineIndex = new LineIndex(text);
  try {
    const nonText = findNonTextContent(text);
    if (nonText) throw nonText;
    return { ok: true, ast: parse(text, lineIndex) };
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

/** Both languages take no language options yet; unknown ones are a configuration error. */
export function rejectLanguageOptions(languageName: string, languageOptions: object | undefined): void {
  const keys = Object.keys(languageOptions ?? {});
  if (keys.length > 0) {
    throw new TypeError(`${languageName} does not accept languageOptions; remove: ${keys.join(", ")}.`);
  }
}
