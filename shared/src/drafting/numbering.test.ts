import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParagraphKind } from "./enums.js";
import { numberParagraphs, outlineBreak, romanNumeral, subParagraphLetter } from "./numbering.js";
import { canRemoveParagraph, moveParagraph, siblingMoves } from "./outline.js";

type P = { id: string; kind: ParagraphKind; position: number; level: number };
const op = (id: string, level = 0): Omit<P, "position"> => ({ id, kind: "operative", level });
const place = (list: Omit<P, "position">[]): P[] => list.map((p, position) => ({ ...p, position }));
const labels = (list: P[]) => {
  const numbers = numberParagraphs(list);
  return list.map((p) => numbers.get(p.id)?.label);
};

describe("UN paragraph numbering", () => {
  it("letters sub-paragraphs and gives sub-sub-paragraphs Roman numerals", () => {
    const draft = place([
      { id: "pp", kind: "preambular", level: 0 },
      op("1"),
      op("2"),
      op("2a", 1),
      op("2b", 1),
      op("2bi", 2),
      op("2bii", 2),
      op("2c", 1),
      op("3"),
    ]);
    expect(labels(draft)).toEqual([
      "PP1",
      "OP1",
      "OP2",
      "OP2 (a)",
      "OP2 (b)",
      "OP2 (b) (i)",
      "OP2 (b) (ii)",
      "OP2 (c)",
      "OP3",
    ]);
    const numbers = numberParagraphs(draft);
    expect([...numbers.values()].map((n) => n.mark)).toEqual([
      "",
      "1.",
      "2.",
      "(a)",
      "(b)",
      "(i)",
      "(ii)",
      "(c)",
      "3.",
    ]);
    expect([...numbers.entries()].filter(([, n]) => n.chapeau).map(([id]) => id)).toEqual(["2", "2b"]);
  });

  it("counts letters past z and Roman numerals the usual way", () => {
    expect([1, 2, 26, 27, 28].map(subParagraphLetter)).toEqual(["a", "b", "z", "aa", "bb"]);
    expect([1, 4, 9, 14, 40, 99].map(romanNumeral)).toEqual(["i", "iv", "ix", "xiv", "xl", "xcix"]);
  });

  it("reads a level the outline does not allow as one below the paragraph before it", () => {
    expect(labels(place([op("a", 2), op("b", 2)]))).toEqual(["OP1", "OP1 (a)"]);
    expect(outlineBreak(place([op("a", 0), op("b", 2)]))?.id).toBe("b");
  });

  it("moves a paragraph with its sub-paragraphs and refuses moves that break the outline", () => {
    const draft = place([op("1"), op("2"), op("2a", 1), op("2b", 1), op("3")]);
    const moved = moveParagraph(draft, { paragraphId: "2", beforeParagraphId: "1" });
    expect(moved.ok && labels(moved.order)).toEqual(["OP1", "OP1 (a)", "OP1 (b)", "OP2", "OP3"]);
    expect(moved.ok && moved.order.map((p) => p.id)).toEqual(["2", "2a", "2b", "1", "3"]);
    expect(moveParagraph(draft, { paragraphId: "2", beforeParagraphId: "2b" })).toEqual({
      ok: false,
      reason: "inside_block",
    });
    expect(moveParagraph(draft, { paragraphId: "2a", beforeParagraphId: "1" })).toEqual({
      ok: false,
      reason: "breaks_outline",
    });
    const indented = moveParagraph(draft, { paragraphId: "3", beforeParagraphId: "3", level: 1 });
    expect(indented.ok && labels(indented.order).at(-1)).toBe("OP2 (c)");
    expect(canRemoveParagraph(draft, "2")).toBe(false);
    expect(canRemoveParagraph(draft, "2a")).toBe(true);
  });

  // Any outline: a list of levels, each at most one deeper than the one before, starting at 0.
  const outlines = fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 30 }).map((wanted) => {
    const levels: number[] = [];
    for (const level of wanted) levels.push(Math.min(level, (levels.at(-1) ?? -1) + 1));
    return place(levels.map((level, i) => op(`p${i}`, level)));
  });

  it("gives every paragraph of any outline a distinct label and numbers top paragraphs 1..n", () => {
    fc.assert(
      fc.property(outlines, (draft) => {
        const numbers = numberParagraphs(draft);
        const all = draft.map((p) => numbers.get(p.id)?.label);
        expect(new Set(all).size).toBe(draft.length);
        const tops = draft.filter((p) => p.level === 0).map((p) => numbers.get(p.id)?.label);
        expect(tops).toEqual(tops.map((_, i) => `OP${i + 1}`));
        expect(outlineBreak(draft)).toBeNull();
      }),
    );
  });

  it("keeps any move that succeeds a whole outline holding the same paragraphs", () => {
    fc.assert(
      fc.property(outlines, fc.nat(), fc.nat(), fc.option(fc.nat({ max: 2 })), (draft, from, to, level) => {
        const paragraphId = draft[from % draft.length]?.id ?? "";
        const before = to % (draft.length + 1) === draft.length ? null : (draft[to % draft.length]?.id ?? null);
        const moved = moveParagraph(draft, {
          paragraphId,
          beforeParagraphId: before,
          ...(level === null ? {} : { level }),
        });
        if (!moved.ok) return;
        expect(outlineBreak(moved.order)).toBeNull();
        expect(moved.order.map((p) => p.id).sort()).toEqual(draft.map((p) => p.id).sort());
        expect(moved.order.map((p) => p.position)).toEqual(draft.map((_, i) => i));
      }),
    );
  });
});

describe("moving among siblings", () => {
  it("moves up before the previous sibling and down past the next one's sub-paragraphs", () => {
    const draft = place([op("1"), op("2"), op("2a", 1), op("2b", 1), op("3")]);
    expect(siblingMoves(draft, "2")).toEqual({ up: "1", down: null });
    expect(siblingMoves(draft, "1")).toEqual({ up: undefined, down: "3" });
    expect(siblingMoves(draft, "2a")).toEqual({ up: undefined, down: "3" });
    expect(siblingMoves(draft, "2b")).toEqual({ up: "2a", down: undefined });
  });
});
