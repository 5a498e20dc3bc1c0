import { orderParagraphs } from "./amend.js";
import type { ParagraphKind } from "./enums.js";

/**
 * How deep a paragraph sits in the UN outline: 0 a paragraph (OP 3), 1 a sub-paragraph ((a)),
 * 2 a sub-sub-paragraph ((i)). Preambular paragraphs are never subdivided.
 */
export const maxParagraphLevel = 2;

/** A paragraph's number the UN way: preambular and operative paragraphs are counted apart. */
export type ParagraphNumber = {
  kind: ParagraphKind;
  /** 1-based within its kind (of its top-level paragraph, for a sub-paragraph). */
  number: number;
  /** How negotiators refer to it: "PP2", "OP3", "OP3 (a) (ii)". */
  label: string;
  /** 0, 1 or 2 (see {@link maxParagraphLevel}). */
  level: number;
  /** What is printed before its text: "3.", "(a)", "(ii)"; "" for a preambular paragraph. */
  mark: string;
  /** Whether it introduces sub-paragraphs (a chapeau, usually ending with a colon). */
  chapeau: boolean;
};

/** The conventional reference of a paragraph: PP for preambular, OP for operative. */
export const paragraphLabel = (kind: ParagraphKind, number: number) =>
  `${kind === "preambular" ? "PP" : "OP"}${number}`;

/** a, b, … z, then aa, bb, … as UN documents letter sub-paragraphs beyond the alphabet. */
export function subParagraphLetter(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const romans: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

/** Lower-case Roman numerals (i, ii, iv, ix …) for sub-sub-paragraphs. */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, glyph] of romans) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

type Outlined = { id: string; kind: ParagraphKind; position: number; level?: number };

/**
 * Whether paragraphs in this order form a UN outline: each kind starts at level 0, a paragraph is
 * at most one level deeper than the one before it, and preambular paragraphs stay at level 0.
 * Returns the first paragraph that breaks it, or null. Pure.
 */
export function outlineBreak<P extends Outlined>(ordered: readonly P[]): P | null {
  let previous: P | undefined;
  for (const paragraph of ordered) {
    const level = paragraph.level ?? 0;
    const sameKind = previous?.kind === paragraph.kind;
    const allowed = paragraph.kind === "preambular" ? 0 : sameKind ? (previous?.level ?? 0) + 1 : 0;
    if (level < 0 || level > Math.min(allowed, maxParagraphLevel)) return paragraph;
    previous = paragraph;
  }
  return null;
}

/**
 * Numbers a draft's paragraphs, by paragraph id: PP1, PP2 … then OP1, OP2 …, with sub-paragraphs
 * lettered (a), (b) … and sub-sub-paragraphs (i), (ii) … under the paragraph before them. A level
 * deeper than the outline allows is read as one level below the paragraph before it. Pure.
 */
export function numberParagraphs(paragraphs: readonly Outlined[]): Map<string, ParagraphNumber> {
  const counters: Record<ParagraphKind, number> = { preambular: 0, operative: 0 };
  const numbers = new Map<string, ParagraphNumber>();
  const ordered = orderParagraphs(paragraphs);
  // The counters of the current path: [paragraph, sub-paragraph, sub-sub-paragraph].
  let path = [0, 0, 0];
  let previous: { kind: ParagraphKind; level: number; id: string } | null = null;
  for (const paragraph of ordered) {
    const sameKind = previous?.kind === paragraph.kind;
    const ceiling = paragraph.kind === "preambular" || !sameKind ? 0 : (previous?.level ?? 0) + 1;
    const level = Math.max(0, Math.min(paragraph.level ?? 0, ceiling, maxParagraphLevel));
    if (level === 0) {
      counters[paragraph.kind] += 1;
      path = [counters[paragraph.kind], 0, 0];
    } else {
      path[level] = (path[level] ?? 0) + 1;
      for (let deeper = level + 1; deeper <= maxParagraphLevel; deeper += 1) path[deeper] = 0;
    }
    if (previous && sameKind && level > previous.level) {
      const parent = numbers.get(previous.id);
      if (parent) parent.chapeau = true;
    }
    const number = path[0] ?? 0;
    const parts = [paragraphLabel(paragraph.kind, number)];
    if (level >= 1) parts.push(`(${subParagraphLetter(path[1] ?? 1)})`);
    if (level >= 2) parts.push(`(${romanNumeral(path[2] ?? 1)})`);
    const mark = paragraph.kind === "preambular" ? "" : level === 0 ? `${number}.` : (parts[level] ?? "");
    numbers.set(paragraph.id, { kind: paragraph.kind, number, label: parts.join(" "), level, mark, chapeau: false });
    previous = { kind: paragraph.kind, level, id: paragraph.id };
  }
  return numbers;
}

/**
 * The ids of a paragraph and its sub-paragraphs (the paragraphs after it, of its kind, that sit
 * deeper), in order: what moves or goes with it. Pure.
 */
export function paragraphBlock<P extends Outlined>(ordered: readonly P[], id: string): P[] {
  const at = ordered.findIndex((p) => p.id === id);
  const head = ordered[at];
  if (!head) return [];
  const block = [head];
  for (const next of ordered.slice(at + 1)) {
    if (next.kind !== head.kind || (next.level ?? 0) <= (head.level ?? 0)) break;
    block.push(next);
  }
  return block;
}
