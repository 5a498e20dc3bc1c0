import type { Block } from "../blocks.js";
import type { Flow, Laid } from "./flow.js";

const padding = 4;
const border = "#9aa5b1";
const headerFill = "#e6edf5";

type Table = Extract<Block, { kind: "table" }>;

/**
 * A table with ruled cells: the header row bold on a tinted ground, repeated at the top of each
 * page the table runs onto; a row never splits across pages. Right-to-left documents put the
 * first column on the right.
 */
export function drawTable(flow: Flow, table: Table, options: { size: number }): void {
  const total = table.widths.reduce((sum, w) => sum + w, 0) || 1;
  const widths = table.header.map((_, i) => ((table.widths[i] ?? 1) / total) * flow.width);
  const lefts: number[] = [];
  let x = flow.direction === "ltr" ? flow.left : flow.right;
  for (const width of widths) {
    if (flow.direction === "rtl") x -= width;
    lefts.push(x);
    if (flow.direction === "ltr") x += width;
  }
  const layRow = (cells: readonly string[], bold: boolean): { cells: Laid[]; height: number } => {
    const laid = cells.map((text, i) =>
      flow.layout([{ text, weight: bold ? "bold" : "regular" }], {
        size: options.size,
        width: Math.max(8, (widths[i] ?? 0) - 2 * padding),
      }),
    );
    return { cells: laid, height: Math.max(...laid.map((cell) => cell.height)) + 2 * padding };
  };
  const header = layRow(table.header, true);
  const drawRow = (row: { cells: Laid[]; height: number }, fill: string | null) => {
    const { doc } = flow;
    row.cells.forEach((cell, i) => {
      const left = lefts[i] ?? flow.left;
      const width = widths[i] ?? 0;
      if (fill) doc.rect(left, flow.y, width, row.height).fill(fill);
      doc.rect(left, flow.y, width, row.height).lineWidth(0.5).strokeColor(border).stroke();
      flow.draw(cell, left + padding, flow.y + padding, width - 2 * padding);
    });
    flow.y += row.height;
  };
  flow.ensure(header.height * 2);
  drawRow(header, headerFill);
  for (const cells of table.rows) {
    const row = layRow(cells, false);
    if (flow.y + row.height > flow.bottom) {
      flow.doc.addPage();
      flow.y = flow.top;
      drawRow(header, headerFill);
    }
    drawRow(row, null);
  }
}
