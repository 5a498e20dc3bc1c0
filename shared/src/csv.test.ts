import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell } from "./csv.js";

/** Every piece a spreadsheet may make of a cell, with any separator it may use. */
const pieces = (cell: string) => cell.replace(/^"|"$/g, "").split(/[,;\t|\r\n]/);

describe("CSV cells", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["Alpha;=1+2", "Alpha;'=1+2"],
    ["Alpha, =HYPERLINK(1)", '"Alpha, \'=HYPERLINK(1)"'],
    ["Alpha|@SUM(A1)", "Alpha|'@SUM(A1)"],
    ["Plain text", "Plain text"],
    ['Say "yes"', '"Say ""yes"""'],
  ])("writes %j as %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("leaves no piece starting with a formula character", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("=", "+", "-", "@", ";", ",", "|", "\t", " ", "a", "1") }), (v) => {
        for (const piece of pieces(csvCell(v))) expect(piece.trimStart()).not.toMatch(/^[=+\-@]/);
      }),
    );
  });
});
