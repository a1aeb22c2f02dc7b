/**
 * A reason a template cannot be parsed, at one offset. Parsers throw it internally and the
 * language turns it into ESLint's single fatal message with line and column.
 */
export class ParseFailure extends Error {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.name = "ParseFailure";
    this.offset = offset;
  }
}

/** The shape ESLint 10 expects in `{ ok: false, errors }` from `Language#parse`. */
export interface FileError {
  message: string;
  line: number;
  column: number;
}

/**
 * Files that are not text: ESLint decodes bytes as UTF-8, so invalid sequences arrive as U+FFFD
 * and binary content as NUL characters. Linting such a file would give nonsense locations.
 */
export function findNonTextContent(text: string): ParseFailure | undefined {
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    return new ParseFailure("File looks binary (it contains a NUL byte); templates must be UTF-8 text.", nul);
  }
  const replacement = text.indexOf("\uFFFD");
  if (replacement !== -1) {
    return new ParseFailure(
      "File is not valid UTF-8 (an undecodable byte sequence was found); save the template as UTF-8.",
      replacement,
    );
  }
  return undefined;
}
