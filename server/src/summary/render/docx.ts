import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, ListEntry } from "./blocks.js";
import { scriptRuns, textDirection } from "./direction.js";

/** The document's metadata: nothing here may name a delegation or a person in Chatham House. */
export type DocxMeta = {
  title: string;
  subject: string;
  language: string;
  direction: "ltr" | "rtl";
  /** What follows a label, as the language writes it. */
  colon: string;
};

/**
 * Fonts by script. Word draws a .docx with the reader's fonts: these name the Noto families the
 * PDF embeds, and Word falls back to its own fonts for each script where they are not installed.
 */
const fonts = { ascii: "Noto Sans", hAnsi: "Noto Sans", eastAsia: "Noto Sans SC", cs: "Noto Naskh Arabic" };
const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

type RunStyle = { bold?: boolean; italics?: boolean };

/** Text as runs: right-to-left script marked so, line breaks kept. */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(/\r?\n/).flatMap((line, index) =>
    scriptRuns(line).map(
      (run, part) =>
        new TextRun({
          text: run.text,
          rightToLeft: run.rtl,
          ...style,
          ...(index > 0 && part === 0 ? { break: 1 } : {}),
        }),
    ),
  );
}

/**
 * Renders the blocks as a Word document with real headings, lists and tables, in the summary's
 * direction (Arabic lays paragraphs and tables out right to left).
 */
export async function renderDocx(blocks: readonly Block[], meta: DocxMeta): Promise<Buffer> {
  const rtl = meta.direction === "rtl";
  let lists = 0;
  const paragraph = (text: string, quoted: boolean | undefined, options: Record<string, unknown> = {}) => {
    const dir = quoted ? textDirection(text, meta.direction) : meta.direction;
    return { bidirectional: dir === "rtl", ...options };
  };
  const entryRuns = (item: ListEntry) => [
    ...(item.label ? [...runs(item.label, { bold: true }), ...runs(meta.colon)] : []),
    ...runs(item.text),
  ];
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case "title":
        children.push(new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: rtl, children: runs(b.text) }));
        break;
      case "subtitle":
        children.push(new Paragraph({ ...paragraph(b.text, true), children: runs(b.text, { bold: true }) }));
        break;
      case "heading":
        children.push(
          new Paragraph({ ...paragraph(b.text, b.quoted), heading: headings[b.level - 1], children: runs(b.text) }),
        );
        break;
      case "paragraph": {
        const style: RunStyle = b.tone === "strong" ? { bold: true } : b.tone === "notice" ? { italics: true } : {};
        children.push(
          new Paragraph({
            ...paragraph(b.text, b.quoted && !b.label),
            children: [
              ...(b.label ? [...runs(b.label, { bold: true }), ...runs(meta.colon)] : []),
              ...runs(b.text, style),
            ],
          }),
        );
        break;
      }
      case "list": {
        lists += 1;
        for (const item of b.items) {
          children.push(
            new Paragraph({
              // A labelled entry reads in the document's direction; a bare quotation in its own.
              ...paragraph(item.text, item.quoted && !item.label),
              ...(b.ordered
                ? { numbering: { reference: "ordered", level: 0, instance: lists } }
                : { bullet: { level: 0 } }),
              children: entryRuns(item),
            }),
          );
        }
        break;
      }
      case "table":
        children.push(table(b, rtl));
        break;
      case "pageBreak":
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: "Trilogue",
    lastModifiedBy: "Trilogue",
    description: meta.subject,
    styles: {
      default: {
        document: { run: { font: fonts, size: 21, language: { value: meta.language } } },
      },
    },
    numbering: {
      config: [
        {
          reference: "ordered",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        properties: {},
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function table(b: Extract<Block, { kind: "table" }>, rtl: boolean): Table {
  const total = b.widths.reduce((sum, w) => sum + w, 0) || 1;
  const width = 9000;
  const columnWidths = b.widths.map((w) => Math.round((w / total) * width));
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (text, index) =>
          new TableCell({
            width: { size: columnWidths[index] ?? 1000, type: WidthType.DXA },
            children: [new Paragraph({ bidirectional: rtl, children: runs(text, header ? { bold: true } : {}) })],
          }),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    visuallyRightToLeft: rtl,
    rows: [row(b.header, true), ...b.rows.map((cells) => row(cells, false))],
  });
}
