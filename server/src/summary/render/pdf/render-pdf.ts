import PDFDocument from "pdfkit";
import type { Block, ListEntry } from "../blocks.js";
import { Flow } from "./flow.js";
import { fontData, fontKeys, type Script } from "./fonts.js";
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
  /** A draft's notice, printed at the head of every page; null when final. */
  draftLabel: string | null;
};

const sizes = { title: 20, subtitle: 14, body: 10, small: 9 };
const headingSizes = { 1: 15, 2: 12.5, 3: 11 } as const;
const colors = { heading: "#1b3a63", notice: "#5a4a00", muted: "#444444" };

const plain = (text: string): Span[] => [{ text, weight: "regular" }];
const labelled = (label: string | undefined, text: string, weight: "regular" | "bold" = "regular"): Span[] => [
  ...(label ? [{ text: `${label}: `, weight: "bold" as const }] : []),
  { text, weight },
];

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
  for (const key of fontKeys) doc.registerFont(key, fontData(key));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const flow = new Flow(doc, meta.direction, meta.script);
  for (const block of blocks) drawBlock(flow, block);
  decoratePages(flow, meta);
  doc.end();
  return done;
}

function drawBlock(flow: Flow, b: Block): void {
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
      flow.paragraph(labelled(b.label, b.text, b.tone === "strong" ? "bold" : "regular"), {
        size: b.tone === "notice" ? sizes.small : sizes.body,
        ...(b.quoted ? { quoted: true } : {}),
        ...(b.tone === "notice" ? { color: colors.notice } : {}),
      });
      return;
    case "list":
      b.items.forEach((item, index) => drawEntry(flow, item, b.ordered ? `${index + 1}.` : "•"));
      flow.y += 3;
      return;
    case "table":
      drawTable(flow, b, { size: sizes.small });
      flow.y += 8;
      return;
  }
}

/** A list entry: its marker in the start margin, the text indented. */
function drawEntry(flow: Flow, item: ListEntry, marker: string): void {
  const indent = 16;
  const laid = flow.layout(labelled(item.label, item.text), {
    size: sizes.body,
    width: flow.width - indent,
    ...(item.quoted ? { quoted: true } : {}),
  });
  flow.ensure(laid.lineHeight);
  const markerBox = flow.layout(plain(marker), { size: sizes.body, width: indent });
  const markerX = flow.direction === "ltr" ? flow.left : flow.right - indent;
  flow.draw({ ...markerBox, lineHeight: laid.lineHeight }, markerX, flow.y, indent - 4);
  flow.paragraph(labelled(item.label, item.text), {
    size: sizes.body,
    indent,
    after: 2,
    ...(item.quoted ? { quoted: true } : {}),
  });
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
