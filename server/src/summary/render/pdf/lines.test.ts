import { describe, expect, it } from "vitest";
import type { FontKey } from "./fonts.js";
import { drawRuns, wrap } from "./lines.js";
import { shape } from "./shaping.js";

/** Every character one point wide: layout without a PDF. */
const measure = (text: string, _font: FontKey) => [...text].length;
const lay = (text: string, direction: "ltr" | "rtl", width: number) =>
  wrap(shape([{ text, weight: "regular" }], direction, "latin", measure), width, measure).map((line) =>
    drawRuns(line, measure),
  );

describe("PDF line layout", () => {
  it("breaks left-to-right text at spaces and drops the spaces at the break", () => {
    const lines = lay("protection of civilians", "ltr", 14);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(""))).toEqual(["protection of", "civilians"]);
  });

  it("orders an Arabic line right to left, with a number inside it left to right", () => {
    // "the resolution 2016 adopted": Arabic words around a number.
    const [line] = lay("القرار 2016 اعتمد", "rtl", 40);
    const runs = line?.runs ?? [];
    // Visual order, left to right: the last Arabic word, the number, the first Arabic word.
    expect(runs.map((r) => r.font)).toContain("arabic-regular");
    const number = runs.findIndex((r) => r.text.includes("2016"));
    const first = runs.findIndex((r) => r.text.includes("القرار"));
    const last = runs.findIndex((r) => r.text.includes("اعتمد"));
    expect(last).toBeLessThan(number);
    expect(number).toBeLessThan(first);
  });

  it("gives fontkit a whole Arabic run in logical order with no-break spaces, so it shapes and reverses it", () => {
    const [line] = lay("حماية المدنيين", "rtl", 40);
    expect(line?.runs).toEqual([{ text: "حماية\u00a0المدنيين", font: "arabic-regular", width: 14 }]);
  });

  it("mirrors brackets in right-to-left text", () => {
    const [line] = lay("(وفد)", "rtl", 40);
    expect(line?.runs.map((r) => r.text).join("")).toBe(")وفد(");
  });

  it("breaks Chinese between characters, never before closing punctuation", () => {
    const lines = lay("保护平民。政治战略", "ltr", 4);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(""))).toEqual(["保护平", "民。政治", "战略"]);
    expect(lines[0]?.runs[0]?.font).toBe("cjk-regular");
  });

  it("cuts a word longer than the line into pieces that fit", () => {
    const lines = lay("digest 0123456789abcdef", "ltr", 8);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(""))).toEqual(["digest", "01234567", "89abcdef"]);
  });
});
