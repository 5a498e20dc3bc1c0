import bidiFactory from "bidi-js";
import { rtlChar } from "../direction.js";
import type { FontKey, Script, Weight } from "./fonts.js";

const bidi = bidiFactory();

/** A span of a paragraph in one weight (a bold label, then plain text). */
export type Span = { text: string; weight: Weight };

/**
 * The smallest unit of line layout: text in one font, at one bidi level, with no break inside,
 * or a run of spaces. Right-to-left pieces hold their characters in logical order, mirrored.
 */
export type Piece = {
  text: string;
  font: FontKey;
  /** The bidi embedding level: odd is right to left. */
  level: number;
  space: boolean;
  /** Whether a line may break just before this piece. */
  breakBefore: boolean;
  width: number;
};

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
const letter = /\p{L}/u;
const isCjk = (char: string) => char.charCodeAt(0) >= 0x2e80 && cjk.test(char);
/** CJK punctuation that must not begin a line. */
const noBreakBefore = /[、。，．：；！？）」』】〉》’”…％]/u;

/** Text that needs the full treatment: right-to-left or CJK script, bidi controls, anything past U+2E7F. */
const complex = /[\u0590-\u08ff\u200e\u200f\u2066-\u2069\u2e80-\uffff]/;

/** Left-to-right text in Latin, Greek or Cyrillic (most of a summary): words and spaces in the Latin font. */
function shapeSimple(spans: readonly Span[], measure: (text: string, font: FontKey) => number): Piece[] {
  const pieces: Piece[] = [];
  for (const span of spans) {
    const font: FontKey = `latin-${span.weight}`;
    for (const match of span.text.matchAll(/ +|[^ ]+/g)) {
      const part = match[0];
      const space = part.charCodeAt(0) === 32;
      const previous = pieces.at(-1);
      const breakBefore = previous !== undefined && (space || previous.space);
      if (previous && !space && !previous.space && previous.font === font) {
        // A word continued across spans of one weight stays one piece.
        previous.text += part;
        previous.width = measure(previous.text, font);
        continue;
      }
      pieces.push({ text: part, font, level: 0, space, breakBefore, width: measure(part, font) });
    }
  }
  return pieces;
}

/** The script a character asks for, or null for neutrals (digits, punctuation, spaces) that follow their neighbours. */
function scriptOf(char: string): Script | null {
  const code = char.charCodeAt(0);
  // ASCII first: most text is, and the Unicode-property tests below are slow.
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? "latin" : null;
  if (rtlChar.test(char)) return "arabic";
  if (isCjk(char)) return "cjk";
  if (letter.test(char)) return "latin";
  return null;
}

/** Each character's script: neutrals take the script before them, else the one after, else the default. */
function resolveScripts(chars: readonly string[], fallback: Script): Script[] {
  const scripts = chars.map(scriptOf);
  let previous: Script | null = null;
  const forward = scripts.map((script) => {
    if (script) previous = script;
    return script ?? previous;
  });
  let next: Script | null = null;
  for (let i = forward.length - 1; i >= 0; i -= 1) {
    const own = scripts[i];
    if (own) next = own;
    if (!forward[i]) forward[i] = next;
  }
  return forward.map((script) => script ?? fallback);
}

/**
 * Cuts a paragraph into pieces: by font (script and weight), by bidi level, at spaces, and after
 * every CJK character (where Chinese may break). `measure` gives a piece's width in points.
 */
export function shape(
  spans: readonly Span[],
  direction: "ltr" | "rtl",
  fallback: Script,
  measure: (text: string, font: FontKey) => number,
): Piece[] {
  const text = spans.map((span) => span.text).join("");
  if (direction === "ltr" && !complex.test(text)) return shapeSimple(spans, measure);
  const chars: { char: string; index: number; weight: Weight }[] = [];
  let offset = 0;
  for (const span of spans) {
    for (const char of span.text) {
      chars.push({ char, index: offset, weight: span.weight });
      offset += char.length;
    }
  }
  const needsBidi = direction === "rtl" || rtlChar.test(text);
  const embedding = needsBidi ? bidi.getEmbeddingLevels(text, direction) : null;
  const mirrored = embedding ? bidi.getMirroredCharactersMap(text, embedding.levels) : null;
  const scripts = resolveScripts(
    chars.map((c) => c.char),
    fallback,
  );
  const pieces: Piece[] = [];
  let current: Omit<Piece, "width"> | null = null;
  chars.forEach(({ char, index, weight }, i) => {
    // Directional isolates and marks steer the bidi levels above; they are not drawn.
    if (/[\u2066-\u2069\u200e\u200f]/.test(char)) return;
    const level = embedding?.levels[index] ?? 0;
    const space = char === " " || (char.charCodeAt(0) > 0x7f && /\s/u.test(char)) || char === "\t";
    const font: FontKey = `${scripts[i] ?? fallback}-${weight}`;
    const shown = mirrored?.get(index) ?? char;
    const cjkChar = isCjk(char);
    const joins =
      current !== null &&
      current.font === font &&
      current.level === level &&
      current.space === space &&
      !(cjkChar && !noBreakBefore.test(char)) &&
      !(isCjk(current.text.at(-1) ?? "") && !noBreakBefore.test(char));
    if (joins && current) {
      current.text += shown;
      return;
    }
    if (current) pieces.push({ ...current, width: 0 });
    const previous = pieces.at(-1);
    const breakBefore =
      previous !== undefined &&
      (space || previous.space || ((cjkChar || isCjk(previous.text.at(-1) ?? "")) && !noBreakBefore.test(char)));
    current = { text: shown, font, level, space, breakBefore };
  });
  if (current) pieces.push({ ...(current as Omit<Piece, "width">), width: 0 });
  for (const piece of pieces) piece.width = measure(piece.text, piece.font);
  return pieces;
}
