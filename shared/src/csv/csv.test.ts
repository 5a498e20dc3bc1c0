import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvText } from "./csv.js";

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

/** Reads CSV text back as RFC 4180 says (quoted cells may hold commas, quotes and line ends). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

/** A defused cell reads back as its value with a quote before each formula start. */
const defused = (value: string) => csvCell(value).replace(/^"|"$/g, "").replaceAll('""', '"');

describe("CSV files", () => {
  it("starts with a byte-order mark and ends every row with CRLF", () => {
    expect(
      csvText([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBe("\uFEFFa,b\r\nc,d\r\n");
    expect(csvText([])).toBe("\uFEFF");
  });

  it("reads back as the same rows and cells, formulas defused", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "é", "ب", "中", " ", ",", ";", '"', "\r", "\n", "=", "-", "1"),
    });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        const csv = csvText(rows);
        expect(csv.startsWith("\uFEFF")).toBe(true);
        expect(parseCsv(csv.slice(1))).toEqual(rows.map((row) => row.map(defused)));
      }),
    );
  });
});
