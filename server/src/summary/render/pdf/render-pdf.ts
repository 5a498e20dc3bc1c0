import PDFDocument from "pdfkit";
import type { Block, ListEntry } from "../blocks.js";
import { Flow } from "./flow.js";
import { fontKeys, loadFont, type Script } from "./fonts.js";
import type { Span } from "./shaping.js";
import { drawTable } from "./table.js";

/** The PDF's metadata; in Chatham House nothing here names a delegation or a person. */
export type PdfMeta = {
  title: string;
  subject: string;
  direction: "ltr" | "rtl";
  /** The script of the working language, for text with no letters of its own (numbers, dashes). */
  script: Script;
  /** Fixed dates keep a final summary's rendering stable. */
  createdAt: Date;
  /** Printed at the foot of every page, e.g. "Page 2 of 9". */
  pageLabel: (page: number, pages: number) => string;
  /** What follows a label, as the language writes it. */
  colon: string;
  /** A draft's notice, printed at the head of every page; null when final. */
  draftLabel: string | null;
};

const sizes = { title: 20, subtitle: 14, body: 10, small: 9 };
const headingSizes = { 1: 15, 2: 12.5, 3: 11 } as const;
const colors = { heading: "#1b3a63", notice: "#5a4a00", muted: "#444444" };

const plain = (text: string): Span[] => [{ text, weight: "regular" }];
/**
 * A bold label, its colon, then the text; text written by people is isolated from the label
 * (U+2068 … U+2069), so each keeps its own direction.
 */
const labelled = (
  colon: string,
  label: string | undefined,
  text: string,
  options: { weight?: "regular" | "bold"; quoted?: boolean } = {},
): Span[] =>
  label
    ? [
        { text: label, weight: "bold" },
        { text: colon, weight: "regular" },
        {
          text: options.quoted && /[\u0590-\u08ff]/.test(label + text) ? `\u2068${text}\u2069` : text,
          weight: options.weight ?? "regular",
        },
      ]
    : [{ text, weight: options.weight ?? "regular" }];

/**
 * Renders the blocks as an A4 PDF with the Noto fonts embedded (subset to the glyphs used), Arabic
 * shaped and laid out right to left, and Chinese broken between characters.
 */
export function renderPdf(blocks: readonly Block[], meta: PdfMeta): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 64, bottom: 64, left: 58, right: 58 },
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: "Trilogue",
      Creator: "Trilogue",
      Producer: "Trilogue",
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
    lang: meta.script === "arabic" ? "ar" : meta.script === "cjk" ? "zh" : "en",
  } as PDFKit.PDFDocumentOptions);
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const flow = new Flow(doc, meta.direction, meta.script);
  for (const block of blocks) drawBlock(flow, block, meta.colon);
  decoratePages(flow, meta);
  doc.end();
  return done;
}

/**
 * Registers the Noto fonts. pdfkit 0.20 takes a fontkit font as well as a file (its typings lag);
 * pdfkit embeds only the fonts a document draws with, subset to the glyphs it uses.
 */
function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const key of fontKeys) doc.registerFont(key, loadFont(key) as unknown as PDFKit.Mixins.PDFFontSource);
}

function drawBlock(flow: Flow, b: Block, colon: string): void {
  switch (b.kind) {
    case "title":
      flow.paragraph([{ text: b.text, weight: "bold" }], { size: sizes.title, color: colors.heading, after: 6 });
      return;
    case "subtitle":
      flow.paragraph([{ text: b.text, weight: "bold" }], { size: sizes.subtitle, quoted: true, after: 10 });
      return;
    case "heading": {
      const size = headingSizes[b.level];
      flow.y += b.level === 1 ? 10 : 6;
      // Keep a heading with the first lines after it.
      flow.ensure(size * 1.6 + sizes.body * 4.5);
      flow.paragraph([{ text: b.text, weight: "bold" }], {
        size,
        color: colors.heading,
        after: 5,
        ...(b.quoted ? { quoted: true } : {}),
      });
      return;
    }
    case "paragraph":
      flow.paragraph(
        labelled(colon, b.label, b.text, {
          weight: b.tone === "strong" ? "bold" : "regular",
          ...(b.quoted ? { quoted: true } : {}),
        }),
        {
          size: b.tone === "notice" ? sizes.small : sizes.body,
          // A labelled paragraph reads in the document's direction; a bare quotation in its own.
          ...(b.quoted && !b.label ? { quoted: true } : {}),
          ...(b.tone === "notice" ? { color: colors.notice } : {}),
        },
      );
      return;
    case "list":
      for (const [index, item] of b.items.entries()) {
        drawEntry(flow, item, b.ordered ? `${index + 1}.` : "•", colon);
      }
      flow.y += 3;
      return;
    case "table":
      drawTable(flow, b, { size: sizes.small });
      flow.y += 8;
      return;
    case "pageBreak":
      // Whatever the height left, a new page unless this one is still empty.
      flow.ensure(Number.POSITIVE_INFINITY);
      return;
  }
}

/** A list entry: its marker in the start margin, the text indented. */
function drawEntry(flow: Flow, item: ListEntry, marker: string, colon: string): void {
  const indent = 16;
  const spans = labelled(colon, item.label, item.text, item.quoted ? { quoted: true } : {});
  const quoted = item.quoted && !item.label ? { quoted: true } : {};
  const laid = flow.layout(spans, { size: sizes.body, width: flow.width - indent, ...quoted });
  flow.ensure(laid.lineHeight);
  const markerBox = flow.layout(plain(marker), { size: sizes.body, width: indent });
  const markerX = flow.direction === "ltr" ? flow.left : flow.right - indent;
  flow.draw({ ...markerBox, lineHeight: laid.lineHeight }, markerX, flow.y, indent - 4);
  flow.paragraph(spans, { size: sizes.body, indent, after: 2, ...quoted });
}

/** Page numbers at every foot, and a draft's notice at every head. */
function decoratePages(flow: Flow, meta: PdfMeta): void {
  const { doc } = flow;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const label = meta.pageLabel(i + 1, range.count);
    const foot = flow.layout(plain(label), { size: sizes.small, width: flow.width });
    flow.draw(foot, flow.left, doc.page.height - 44, flow.width, { align: "center", color: colors.muted });
    if (meta.draftLabel) {
      const head = flow.layout(plain(meta.draftLabel), { size: sizes.small, width: flow.width });
      flow.draw(head, flow.left, 30, flow.width, { align: "center", color: colors.notice });
    }
  }
}
