/**
 * Greedy line breaking at one font size, with widow repair. Widths come from the injected `measure`, always
 * of a whole line's text (kerning and shaping make widths not add up piece by piece).
 */

import { graphemes, type Piece } from './segment';

export type MeasureText = (text: string, fontSize: number) => number;

interface WrapOptions {
  readonly width: number;
  readonly fontSize: number;
  readonly measure: MeasureText;
}

interface Wrapped {
  readonly lines: string[];
  /** Whether every line is within the width (false only when a single grapheme is wider than the box). */
  readonly withinWidth: boolean;
}

/** A line's text: its pieces with the spaces between them, without the space after the last one. */
export function lineText(pieces: readonly Piece[]): string {
  return pieces.map((piece, i) => (i < pieces.length - 1 ? piece.text + piece.space : piece.text)).join('');
}

export function wrapPieces(pieces: readonly Piece[], { width, fontSize, measure }: WrapOptions): Wrapped {
  const fits = (line: readonly Piece[]) => measure(lineText(line), fontSize) <= width;
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let withinWidth = true;

  for (const piece of pieces) {
    if (fits([...line, piece])) {
      line.push(piece);
      continue;
    }
    if (line.length > 0) lines.push(line);
    line = [];
    if (fits([piece])) {
      line.push(piece);
      continue;
    }
    // Wider than the box on its own: break it between graphemes, never inside one.
    let chunk = '';
    for (const grapheme of graphemes(piece.text)) {
      if (chunk === '' || fits([{ text: chunk + grapheme, space: '' }])) {
        chunk += grapheme;
        continue;
      }
      lines.push([{ text: chunk, space: '' }]);
      chunk = grapheme;
    }
    line = [{ text: chunk, space: piece.space }];
    if (!fits(line)) withinWidth = false;
  }
  if (line.length > 0) lines.push(line);
  for (const done of lines) if (done.length === 1 && !fits(done)) withinWidth = false;

  avoidWidow(lines, fits);
  return { lines: lines.map(lineText), withinWidth };
}

/**
 * A last line of one word looks like a mistake. Move the previous line's last word down when the last line
 * still fits and the previous line keeps at least two words (else the widow only moves up a line). The line
 * count is unchanged, so the height still fits.
 */
function avoidWidow(lines: Piece[][], fits: (line: readonly Piece[]) => boolean): void {
  const last = lines.at(-1);
  const previous = lines.at(-2);
  if (!last || !previous || last.length !== 1 || previous.length < 3) return;
  const moved = previous.at(-1) as Piece;
  const candidate = [moved, ...last];
  if (!fits(candidate)) return;
  previous.pop();
  lines[lines.length - 1] = candidate;
}
