/**
 * Text with a map back to the source file. Detectors work on text that no longer looks like the
 * source (entities decoded, tags removed, placeholders folded, brand spellings normalized); every
 * finding still has to land on the exact characters the user wrote.
 *
 * A piece maps `length` characters of text starting at `at` to `sourceLength` characters of the
 * source starting at `source`. When both lengths are equal the piece maps character by character;
 * otherwise it is atomic (an entity, a placeholder, a separator the model inserted).
 */
export interface TextPiece {
  readonly at: number;
  readonly source: number;
  readonly length: number;
  readonly sourceLength: number;
}

export type SourceRange = readonly [start: number, end: number];

export class MappedText {
  readonly text: string;
  readonly pieces: readonly TextPiece[];

  constructor(text: string, pieces: readonly TextPiece[]) {
    this.text = text;
    this.pieces = pieces;
  }

  static fromSource(text: string, sourceStart: number): MappedText {
    return new MappedText(text, text.length === 0 ? [] : [{ at: 0, source: sourceStart, length: text.length, sourceLength: text.length }]);
  }

  #pieceAt(index: number): TextPiece | undefined {
    const pieces = this.pieces;
    let low = 0;
    let high = pieces.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const piece = pieces[middle]!;
      if (index < piece.at) high = middle - 1;
      else if (index >= piece.at + piece.length) low = middle + 1;
      else return piece;
    }
    return undefined;
  }

  /** Source offset where the character at `index` begins. */
  sourceStart(index: number): number {
    const piece = this.#pieceAt(index);
    if (!piece) return this.#fallbackOffset(index);
    return piece.length === piece.sourceLength ? piece.source + (index - piece.at) : piece.source;
  }

  /** Source offset just after the character at `index`. */
  sourceEnd(index: number): number {
    const piece = this.#pieceAt(index);
    if (!piece) return this.#fallbackOffset(index);
    return piece.length === piece.sourceLength
      ? piece.source + (index - piece.at) + 1
      : piece.source + piece.sourceLength;
  }

  #fallbackOffset(index: number): number {
    const last = this.pieces.at(-1);
    if (!last) return 0;
    if (index >= last.at + last.length) return last.source + last.sourceLength;
    return this.pieces[0]!.source;
  }

  /**
   * The source range of text `[start, end)`. Characters the model inserted (sourceLength 0) at
   * either edge are skipped so a range never starts or ends on a synthetic separator.
   */
  sourceRange(start: number, end: number): SourceRange {
    let first = start;
    let last = end - 1;
    while (first < last && this.#isSynthetic(first)) first++;
    while (last > first && this.#isSynthetic(last)) last--;
    if (last < first) return [this.sourceStart(start), this.sourceStart(start)];
    return [this.sourceStart(first), this.sourceEnd(last)];
  }

  #isSynthetic(index: number): boolean {
    const piece = this.#pieceAt(index);
    return piece !== undefined && piece.sourceLength === 0;
  }

  /**
   * Whether text `[start, end)` is written in the source exactly as it reads: no tag, entity,
   * escape or placeholder inside. Only such a span can be replaced without breaking markup.
   */
  isVerbatim(start: number, end: number): boolean {
    let expectedSource: number | undefined;
    for (const piece of this.pieces) {
      const pieceEnd = piece.at + piece.length;
      if (pieceEnd <= start || piece.at >= end) continue;
      if (piece.length !== piece.sourceLength) return false;
      const from = Math.max(start, piece.at);
      const sourceFrom = piece.source + (from - piece.at);
      if (expectedSource !== undefined && sourceFrom !== expectedSource) return false;
      expectedSource = sourceFrom + (Math.min(end, pieceEnd) - from);
    }
    return expectedSource !== undefined;
  }

  /**
   * This text mapped through `outer`: where this text's "source" is `outer.text` (text parsed
   * out of a string that is itself mapped to a file), the result maps to `outer`'s source.
   */
  through(outer: MappedText): MappedText {
    const builder = new MappedTextBuilder();
    for (const piece of this.pieces) {
      const text = this.text.slice(piece.at, piece.at + piece.length);
      if (piece.length === piece.sourceLength) {
        builder.appendMapped(outer.slice(piece.source, piece.source + piece.length));
      } else {
        const [start, end] = outer.sourceRange(piece.source, piece.source + piece.sourceLength);
        builder.appendAtomic(text, start, end - start);
      }
    }
    return builder.build();
  }

  /** The whole text's source range. */
  get range(): SourceRange {
    return this.sourceRange(0, this.text.length);
  }

  slice(start: number, end: number = this.text.length): MappedText {
    const builder = new MappedTextBuilder();
    // Pieces are in text order: start at the first that reaches past `start` (slices of a long
    // block are taken once per match, so a scan from the first piece each time would be quadratic).
    const pieces = this.pieces;
    let low = 0;
    let high = pieces.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pieces[middle]!.at + pieces[middle]!.length <= start) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < pieces.length && pieces[index]!.at < end; index++) {
      const piece = pieces[index]!;
      const pieceEnd = piece.at + piece.length;
      if (pieceEnd <= start) continue;
      const from = Math.max(start, piece.at);
      const to = Math.min(end, pieceEnd);
      const text = this.text.slice(from, to);
      if (piece.length === piece.sourceLength) builder.appendSource(text, piece.source + (from - piece.at));
      else builder.appendAtomic(text, piece.source, piece.sourceLength);
    }
    return builder.build();
  }

  /** Text with leading and trailing whitespace removed, the map kept. */
  trim(): MappedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return start === 0 && end === this.text.length ? this : this.slice(start, Math.max(start, end));
  }
}

export class MappedTextBuilder {
  #text = "";
  readonly #pieces: TextPiece[] = [];
  /**
   * The last piece while it may still grow: text copied verbatim arrives in many small runs that
   * continue each other, and one object per run would be garbage at once.
   */
  #run: { at: number; source: number; length: number } | undefined;

  get length(): number {
    return this.#text.length;
  }

  /** Text copied verbatim from the source at `sourceStart`. */
  appendSource(text: string, sourceStart: number): this {
    if (text.length === 0) return this;
    const run = this.#run;
    if (run && run.at + run.length === this.#text.length && run.source + run.length === sourceStart) {
      run.length += text.length;
    } else {
      this.#closeRun();
      this.#run = { at: this.#text.length, source: sourceStart, length: text.length };
    }
    this.#text += text;
    return this;
  }

  #closeRun(): void {
    const run = this.#run;
    if (run) this.#pieces.push({ at: run.at, source: run.source, length: run.length, sourceLength: run.length });
    this.#run = undefined;
  }

  /** Text standing for `sourceLength` source characters as one unit (an entity, a placeholder). */
  appendAtomic(text: string, sourceStart: number, sourceLength: number): this {
    if (text.length === 0) return this;
    if (text.length === sourceLength) return this.appendSource(text, sourceStart);
    this.#closeRun();
    this.#pieces.push({ at: this.#text.length, source: sourceStart, length: text.length, sourceLength });
    this.#text += text;
    return this;
  }

  /** A separator that has no source characters, placed at `sourceOffset`. */
  appendSynthetic(text: string, sourceOffset: number): this {
    return this.appendAtomic(text, sourceOffset, 0);
  }

  appendMapped(mapped: MappedText): this {
    for (const piece of mapped.pieces) {
      const text = mapped.text.slice(piece.at, piece.at + piece.length);
      if (piece.length === piece.sourceLength) this.appendSource(text, piece.source);
      else this.appendAtomic(text, piece.source, piece.sourceLength);
    }
    return this;
  }

  build(): MappedText {
    const pieces = [...this.#pieces];
    const run = this.#run;
    if (run) pieces.push({ at: run.at, source: run.source, length: run.length, sourceLength: run.length });
    return new MappedText(this.#text, pieces);
  }

  /** The text built, for a builder used no more: its pieces are handed over, not copied. */
  finish(): MappedText {
    this.#closeRun();
    return new MappedText(this.#text, this.#pieces);
  }
}
