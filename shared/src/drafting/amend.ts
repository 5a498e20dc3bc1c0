import { type ParagraphKind, type ProposalKind, paragraphKinds } from "./enums.js";

/** An amendment as the rules apply it: what it does, to which passage, with which words. */
export type TextChange = {
  kind: Exclude<ProposalKind, "new_paragraph">;
  /** Replaced or deleted; for an insertion, the passage it follows ("" = at the start). */
  passage: string;
  /** The new words; "" for a deletion. */
  text: string;
  /**
   * Where the passage starts, when the delegate selected it in the text rather than quoting it:
   * the passage must be found exactly there, and may then occur elsewhere too.
   */
  at?: number | undefined;
};

/** The result of applying an amendment to a paragraph's text. */
export type AmendResult =
  | { ok: true; text: string }
  /** The passage is not in the text, or occurs more than once (quote more of it). */
  | { ok: false; reason: "passage_missing" | "passage_ambiguous" | "passage_moved" };

/** How many times `passage` occurs in `text` (non-overlapping). */
export function occurrences(text: string, passage: string): number {
  if (passage === "") return 0;
  let count = 0;
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + passage.length)) count += 1;
  return count;
}

const wordStart = /^[\p{L}\p{N}([]/u;
const wordEnd = /[\p{L}\p{N})\]]$/u;

/** Joins two pieces of text, adding the space a reader expects between two words. */
function joinWords(left: string, right: string): string {
  return wordEnd.test(left) && wordStart.test(right) ? `${left} ${right}` : `${left}${right}`;
}

/** Joins what surrounds a deleted passage, leaving one space where two would meet. */
function closeGap(left: string, right: string): string {
  if (/\s$/.test(left) && /^\s/.test(right)) return left + right.replace(/^\s+/, "");
  if (/\s$/.test(left) && /^[,.;:)\]]/.test(right)) return left.replace(/\s+$/, "") + right;
  return left + right;
}

/**
 * Applies an amendment to the current text. The passage must occur exactly once: that is how
 * negotiators quote it ("replace 'robust' with 'effective'"), and it lets a proposal written on an
 * older version still apply when the passage it names is untouched. A passage selected in the text
 * (`at`) is instead checked where it was selected. Pure.
 */
export function applyChange(current: string, change: TextChange): AmendResult {
  if (change.kind === "alternative") return { ok: true, text: change.text.trim() };
  if (change.kind === "insert" && change.passage === "") {
    return { ok: true, text: joinWords(change.text, current).trim() };
  }
  let at: number;
  if (change.at !== undefined) {
    if (current.slice(change.at, change.at + change.passage.length) !== change.passage) {
      return { ok: false, reason: "passage_moved" };
    }
    at = change.at;
  } else {
    const found = occurrences(current, change.passage);
    if (found === 0) return { ok: false, reason: "passage_missing" };
    if (found > 1) return { ok: false, reason: "passage_ambiguous" };
    at = current.indexOf(change.passage);
  }
  const before = current.slice(0, at);
  const after = current.slice(at + change.passage.length);
  let next: string;
  if (change.kind === "replace") next = before + change.text + after;
  else if (change.kind === "delete") next = closeGap(before, after);
  else next = joinWords(joinWords(before + change.passage, change.text), after);
  return { ok: true, text: next.trim() };
}

const kindRank = new Map<ParagraphKind, number>(paragraphKinds.map((kind, index) => [kind, index]));

/** Preambular paragraphs first, then operative ones, each in their order. Pure; does not mutate. */
export function orderParagraphs<P extends { id: string; kind: ParagraphKind; position: number }>(
  paragraphs: readonly P[],
): P[] {
  return [...paragraphs].sort(
    (a, b) =>
      (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0) ||
      a.position - b.position ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
