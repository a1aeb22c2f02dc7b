import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTemplate, LOCALES } from "../bench/generate.js";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { forgetParsedPieces, parseInPieces, PIECE_SIZES, pieceStarts } from "../src/languages/markdown/chunks.js";
import { parseMarkdown } from "../src/languages/markdown/parse.js";
import { LineIndex } from "../src/languages/shared/line-index.js";
import { ParseFailure } from "../src/languages/shared/parse-failure.js";

/**
 * The tree (or the parse failure) cut wherever a cut is allowed, however short the document and
 * its pieces, and with the document parsed whole.
 */
function bothWays(text: string) {
  const run = (minDocumentLength: number, minPieceLength = 0) => {
    try {
      return parseMarkdown(text, new LineIndex(text), "pieces.md", { minDocumentLength, minPieceLength });
    } catch (error) {
      if (error instanceof ParseFailure) return { failure: error.message, offset: error.offset };
      throw error;
    }
  };
  return { pieces: run(0), grouped: run(0, PIECE_SIZES.minPieceLength), whole: run(Number.POSITIVE_INFINITY) };
}

function markdownFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

describe("Markdown parsed in pieces", () => {
  it("gives the same tree as the whole document for every corpus template and example", () => {
    const files = [...markdownFiles("test/corpus"), ...markdownFiles("examples")];
    expect(files.length).toBeGreaterThan(150);
    let cut = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if ((pieceStarts(text, 0)?.length ?? 1) > 1) cut++;
      const { pieces, whole } = bothWays(text);
      expect(pieces, file).toEqual(whole);
    }
    // The comparison means something only if most documents were actually cut.
    expect(cut).toBeGreaterThan(files.length / 2);
  });

  it("gives the same tree for large generated templates in every language, also with CRLF", () => {
    for (const [index, locale] of LOCALES.entries()) {
      const text = generateTemplate("md", 40_000, 100 + index);
      expect(pieceStarts(text)?.length ?? 1, locale).toBeGreaterThan(20);
      for (const variant of [text, text.replaceAll("\n", "\r\n")]) {
        const { pieces, grouped, whole } = bothWays(variant);
        expect(pieces).toEqual(whole);
        expect(grouped).toEqual(whole);
      }
    }
  });

  it("gives the same tree for long lists cut between their items, tight and loose", () => {
    for (const item of ["- item {{ n }}\n  - detail\n", "- item {{ n }}\n  - detail\n\n", "1. step\n   1. detail\n", "* a\n\n  para\n"]) {
      const text = item.repeat(400);
      expect(pieceStarts(text, 0)?.length ?? 1).toBeGreaterThan(100);
      // With the default minimum piece length the items are grouped, a few to a piece.
      expect(pieceStarts(text)?.length ?? 1).toBeLessThan(pieceStarts(text, 0)!.length / 4);
      const { pieces, grouped, whole } = bothWays(text);
      expect(pieces).toEqual(whole);
      expect(grouped).toEqual(whole);
      expect((pieces as { children: unknown[] }).children).toHaveLength(1);
    }
  });

  // Lines that open or close what can run past a blank line: fences, HTML blocks, lists, quotes,
  // front matter, tables, setext underlines, definitions.
  const lines = [
    "Hello world", "Text with <b>bold</b> and *em", "", "  ", "\t", "- item", "  - nested", "   more", "1. one", "2) two",
    "> quote", "> > deeper", "```", "```js", "``` not `a` fence", "~~~", "~~~~", "    indented code", "<!-- open", "closed -->",
    "<!-- whole -->", "<pre>", "</pre>", "<div>", "</div>", "<?php", "?>", "<!DOCTYPE html>", "<![CDATA[", "]]>",
    "| a | b |", "|---|---|", "===", "---", "***", "# Heading", "Term [^1]", "[^1]: note", "[ref]: https://x.example", "[ref]", "See [ref] here",
    "- [ ] task", "~~struck~~", "<script>", "</script>", "Paragraph after",
    // List items that start a piece and must join the list before them, or must not.
    "* star", "+ plus", "-", "- ", "3. three", "1) paren", "10. ten", "- - -", "* * *", " - one space", "   - three spaces",
    "    - four spaces", "-\ttab", "  continuation", "> - quoted item", "1.no space", "- item with **bold",
  ];
  it("gives the same tree, or the same parse failure, for any mix of lines that cross blank lines", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom("\n", "\r\n"),
        fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 40 }),
        (frontMatter, lineBreak, body) => {
          const text = (frontMatter ? ["---", "subject: Invoice", "", "note: x", "---"] : []).concat(body).join(lineBreak) + lineBreak;
          const { pieces, whole } = bothWays(text);
          expect(pieces).toEqual(whole);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("re-parses only the pieces around an edit when a file is linted again, and caches nothing for a first lint", () => {
    const processor = unified().use(remarkParse);
    let parses = 0;
    const countingParse = (source: string) => {
      parses++;
      return processor.parse(source);
    };
    const sizes = { minDocumentLength: 0, minPieceLength: 0 };
    const paragraphs = Array.from({ length: 30 }, (_, index) => `Paragraph ${index} about invoice ${index * 7}.`);
    const text = paragraphs.join("\n\n") + "\n";
    forgetParsedPieces();
    parseInPieces(text, countingParse, { sizes, reuse: false });
    parseInPieces(text, countingParse, { sizes, reuse: false });
    expect(parses).toBe(60);
    parses = 0;
    parseInPieces(text, countingParse, { sizes, reuse: true });
    expect(parses).toBe(30);
    parses = 0;
    const edited = text.replace("Paragraph 12 about", "Paragraph 12, edited, about");
    const reused = parseInPieces(edited, countingParse, { sizes, reuse: true });
    // The edited paragraph, and the one before it (parsed with the edited line after it).
    expect(parses).toBe(2);
    expect(reused).toEqual(processor.parse(edited));
  });

  it("parses a piece seen before from the cache, with positions moved to where it now stands", () => {
    const paragraph = "Your invoice for March is ready.\n\nPay it by the 30th.\n\n";
    const text = paragraph.repeat(3);
    const first = bothWays(text).pieces;
    // The same pieces one line lower: every node's line and offset move, nothing else.
    const shifted = bothWays("Hello\n" + text);
    expect(shifted.pieces).toEqual(shifted.whole);
    expect(first).not.toEqual(shifted.pieces);
  });
});
