import type { FontKey } from "./fonts.js";
import type { Piece } from "./shaping.js";

/** What one drawing call puts on the page: a string in one font, laid out as fontkit should. */
export type DrawRun = { text: string; font: FontKey; width: number };

export type Line = { runs: DrawRun[]; width: number };

/** Splits a piece wider than a line into chunks that fit (a long web address, a digest). */
function split(piece: Piece, max: number, measure: (text: string, font: FontKey) => number): Piece[] {
  const chunks: Piece[] = [];
  let text = "";
  for (const char of piece.text) {
    if (text && measure(text + char, piece.font) > max) {
      chunks.push({ ...piece, text, width: measure(text, piece.font), breakBefore: true });
      text = "";
    }
    text += char;
  }
  if (text) chunks.push({ ...piece, text, width: measure(text, piece.font), breakBefore: true });
  if (chunks[0]) chunks[0].breakBefore = piece.breakBefore;
  return chunks;
}

/** Greedy line breaking at the pieces' break opportunities; spaces at a line's ends are dropped. */
export function wrap(
  pieces: readonly Piece[],
  max: number,
  measure: (text: string, font: FontKey) => number,
): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let width = 0;
  const flush = () => {
    while (line.at(-1)?.space) line.pop();
    if (line.length > 0) lines.push(line);
    line = [];
    width = 0;
  };
  const queue = pieces.flatMap((piece) =>
    !piece.space && piece.width > max && piece.level % 2 === 0 ? split(piece, max, measure) : [piece],
  );
  for (const piece of queue) {
    if (piece.space && line.length === 0) continue;
    if (width + piece.width > max && line.length > 0 && !piece.space) {
      // Break at the last opportunity on the line, carrying what follows it to the next.
      let at = piece.breakBefore ? line.length : -1;
      if (at < 0)
        for (let i = line.length - 1; i > 0; i -= 1)
          if (line[i]?.breakBefore) {
            at = i;
            break;
          }
      if (at > 0) {
        const carried = line.slice(at);
        line = line.slice(0, at);
        flush();
        for (const kept of carried) if (!(kept.space && line.length === 0)) line.push(kept);
        width = line.reduce((sum, p) => sum + p.width, 0);
      }
    }
    line.push(piece);
    width += piece.width;
  }
  flush();
  return lines;
}

/** Visual order (UAX #9, L2): from the highest level down to the lowest odd one, reverse each run at or above it. */
function reorder(line: readonly Piece[]): Piece[] {
  const visual = [...line];
  const levels = visual.map((p) => p.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd && level > 0; level -= 1) {
    let i = 0;
    while (i < visual.length) {
      if ((visual[i]?.level ?? 0) < level) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < visual.length && (visual[j]?.level ?? 0) >= level) j += 1;
      const run = visual.slice(i, j).reverse();
      visual.splice(i, j - i, ...run);
      i = j;
    }
  }
  return visual;
}

const rtlScript = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * A line's drawing runs in visual order: neighbouring pieces in one font and one direction go
 * together. A right-to-left run holding Arabic is given in logical order, its spaces no-break
 * spaces: pdfkit lays text out word by word at plain spaces (which would reverse each word but
 * not their order), while fontkit shapes and reverses a run it sees whole. A right-to-left run
 * without Arabic (a bracket between two Arabic words) is reversed here.
 */
export function drawRuns(line: readonly Piece[], measure: (text: string, font: FontKey) => number): Line {
  const groups: Piece[][] = [];
  for (const piece of reorder(line)) {
    const last = groups.at(-1);
    const head = last?.[0];
    if (last && head && head.font === piece.font && head.level % 2 === piece.level % 2) last.push(piece);
    else groups.push([piece]);
  }
  const runs = groups.map((group): DrawRun => {
    const font = group[0]?.font ?? "latin-regular";
    const rtl = (group[0]?.level ?? 0) % 2 === 1;
    const logical = rtl ? [...group].reverse() : group;
    const text = logical.map((p) => p.text).join("");
    const shaped = rtl && rtlScript.test(text);
    const shown = shaped ? text.replace(/ /g, "\u00a0") : rtl ? [...text].reverse().join("") : text;
    return { text: shown, font, width: measure(shown, font) };
  });
  return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
}
