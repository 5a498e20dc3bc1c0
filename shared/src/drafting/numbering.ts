import { orderParagraphs } from "./amend.js";
import type { ParagraphKind } from "./enums.js";

/** A paragraph's number the UN way: preambular and operative paragraphs are counted apart. */
export type ParagraphNumber = {
  kind: ParagraphKind;
  /** 1-based within its kind. */
  number: number;
  /** How negotiators refer to it: "PP2", "OP3". */
  label: string;
};

/** The conventional reference of a paragraph: PP for preambular, OP for operative. */
export const paragraphLabel = (kind: ParagraphKind, number: number) =>
  `${kind === "preambular" ? "PP" : "OP"}${number}`;

/** Numbers a draft's paragraphs (PP1, PP2 … then OP1, OP2 …), by paragraph id. Pure. */
export function numberParagraphs(
  paragraphs: readonly { id: string; kind: ParagraphKind; position: number }[],
): Map<string, ParagraphNumber> {
  const counters: Record<ParagraphKind, number> = { preambular: 0, operative: 0 };
  const numbers = new Map<string, ParagraphNumber>();
  for (const paragraph of orderParagraphs(paragraphs)) {
    counters[paragraph.kind] += 1;
    const number = counters[paragraph.kind];
    numbers.set(paragraph.id, { kind: paragraph.kind, number, label: paragraphLabel(paragraph.kind, number) });
  }
  return numbers;
}
