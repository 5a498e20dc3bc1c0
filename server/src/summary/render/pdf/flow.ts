import type PDFDocument from "pdfkit";
import { textDirection } from "../direction.js";
import type { FontKey, Script } from "./fonts.js";
import { drawRuns, type Line, wrap } from "./lines.js";
import { type Span, shape } from "./shaping.js";

type Doc = InstanceType<typeof PDFDocument>;
export type Align = "start" | "center" | "end";

/** A paragraph laid out in a given width, ready to draw anywhere. */
export type Laid = { lines: Line[]; lineHeight: number; direction: "ltr" | "rtl"; size: number; height: number };

/**
 * Widths of words and runs, by font, size and text. The fonts are the same in every document (see
 * fonts.ts), so a width measured once holds for good; the map is emptied when it grows large.
 */
const widths = new Map<string, number>();
const maxWidths = 200_000;

/** Lines spaced to the tallest script in them: Naskh's marks and CJK ideographs need more air. */
function lineFactor(lines: readonly Line[]): number {
  let factor = 1.4;
  for (const line of lines) {
    for (const run of line.runs) {
      if (run.font.startsWith("arabic")) return 1.75;
      if (run.font.startsWith("cjk")) factor = 1.55;
    }
  }
  return factor;
}

/**
 * Text flow on PDF pages with our own line breaking and bidi ordering (pdfkit's wrapper knows
 * neither right-to-left text nor per-script fonts): a cursor down the page, paragraphs laid out
 * into lines of drawing runs, and a new page when the next thing does not fit.
 */
export class Flow {
  y: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;

  constructor(
    readonly doc: Doc,
    readonly direction: "ltr" | "rtl",
    readonly fallback: Script,
  ) {
    const { margins, width, height } = doc.page;
    this.left = margins.left;
    this.right = width - margins.right;
    this.top = margins.top;
    this.bottom = height - margins.bottom;
    this.y = this.top;
  }

  get width(): number {
    return this.right - this.left;
  }

  /** A text's width in a font and size, shaped as it will be drawn. Remembered across documents. */
  measure(text: string, font: FontKey, size: number): number {
    const key = `${font}|${size}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = this.doc.font(font).fontSize(size).widthOfString(text);
      if (widths.size >= maxWidths) widths.clear();
      widths.set(key, width);
    }
    return width;
  }

  /** Lays a paragraph out; `quoted` text finds its own direction, the document's words take the document's. */
  layout(spans: readonly Span[], options: { size: number; width: number; quoted?: boolean }): Laid {
    const text = spans.map((s) => s.text).join("");
    const direction = options.quoted ? textDirection(text, this.direction) : this.direction;
    const measure = (t: string, font: FontKey) => this.measure(t, font, options.size);
    const parts = text.includes("\n") ? splitLines(spans) : [spans];
    const lines = parts.flatMap((part) =>
      wrap(shape(part, direction, this.fallback, measure), options.width, measure).map((l) => drawRuns(l, measure)),
    );
    const lineHeight = options.size * lineFactor(lines);
    return { lines, lineHeight, direction, size: options.size, height: Math.max(1, lines.length) * lineHeight };
  }

  /** Draws laid-out lines in the box from x to x + width, its top at y. */
  draw(laid: Laid, x: number, y: number, width: number, options: { align?: Align; color?: string } = {}): void {
    const align = options.align ?? "start";
    laid.lines.forEach((line, index) => {
      const free = width - line.width;
      const start =
        align === "center" ? free / 2 : (align === "start") === (laid.direction === "ltr") ? 0 : Math.max(0, free);
      let cursor = x + start;
      const baseline = y + index * laid.lineHeight + (laid.lineHeight - laid.size) / 2 + laid.size * 0.82;
      for (const run of line.runs) {
        this.doc
          .font(run.font)
          .fontSize(laid.size)
          .fillColor(options.color ?? "#111111")
          .text(run.text, cursor, baseline, { lineBreak: false, baseline: "alphabetic" });
        cursor += run.width;
      }
    });
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) {
      this.doc.addPage();
      this.y = this.top;
    }
  }

  /** A paragraph in the flow, with optional indent on its start side; pages break between lines. */
  paragraph(
    spans: readonly Span[],
    options: { size: number; quoted?: boolean; indent?: number; color?: string; after?: number; align?: Align },
  ): Laid {
    const indent = options.indent ?? 0;
    const width = this.width - indent;
    const laid = this.layout(spans, { size: options.size, width, ...(options.quoted ? { quoted: true } : {}) });
    // Start on the document's side, so a quoted right-to-left line still indents like its neighbours.
    const x = this.direction === "ltr" ? this.left + indent : this.left;
    for (let i = 0; i < laid.lines.length; i += 1) {
      this.ensure(laid.lineHeight);
      const line = laid.lines[i];
      if (!line) continue;
      this.draw({ ...laid, lines: [line] }, x, this.y, width, {
        ...(options.align ? { align: options.align } : {}),
        ...(options.color ? { color: options.color } : {}),
      });
      this.y += laid.lineHeight;
    }
    this.y += options.after ?? options.size * 0.5;
    return laid;
  }
}

/** Splits spans at line breaks into one list of spans per line. */
function splitLines(spans: readonly Span[]): Span[][] {
  const lines: Span[][] = [[]];
  for (const span of spans) {
    span.text.split(/\r?\n/).forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part) lines.at(-1)?.push({ text: part, weight: span.weight });
    });
  }
  return lines.map((line) => (line.length > 0 ? line : [{ text: " ", weight: "regular" }]));
}
