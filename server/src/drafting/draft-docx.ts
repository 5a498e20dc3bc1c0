import { type ParagraphKind, redline } from "@trilogue/shared";
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Tab,
  TextRun,
} from "docx";

/** Which text of the draft: as it stands, or with its changes marked. */
export type DraftForm = "clean" | "redline";

/** One paragraph of the draft as the export writes it. */
export type DraftExportParagraph = {
  kind: ParagraphKind;
  level: number;
  /** "3.", "(a)", "(ii)"; "" for a preambular paragraph. */
  mark: string;
  /** Its text when it was tabled (version 1): the redline's starting point. */
  tabled: string;
  text: string;
  /** When its text last changed, for the tracked changes. */
  changedAt: string;
};

/** A paragraph deleted from the draft: struck through at the end of the redline, absent from the clean text. */
export type DraftExportDeletion = { label: string; text: string; deletedAt: string };

export type DraftExport = {
  title: string;
  paragraphs: readonly DraftExportParagraph[];
  deletions: readonly DraftExportDeletion[];
};

const fonts = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "Noto Sans SC", cs: "Noto Naskh Arabic" };
const step = 567; // 1 cm in twentieths of a point: each level of the outline is indented one step further.
/** Tracked changes name no one: a draft's changes are the room's, whatever its confidentiality. */
const author = "Trilogue";

/**
 * The whole draft as a Word document, numbered the UN way (operative paragraphs "1.", their
 * sub-paragraphs "(a)", then "(i)"; preambular paragraphs unnumbered). The redline marks, as Word's
 * own tracked changes, what each paragraph's text gained and lost since it was tabled, and the
 * paragraphs deleted since.
 */
export async function renderDraftDocx(draft: DraftExport, form: DraftForm): Promise<Buffer> {
  let revision = 0;
  const body = draft.paragraphs.map((paragraph) => {
    const runs =
      form === "clean"
        ? [new TextRun(paragraph.text)]
        : redline(paragraph.tabled, paragraph.text).map((segment) => {
            if (segment.op === "equal") return new TextRun(segment.text);
            revision += 1;
            const change = { id: revision, author, date: paragraph.changedAt, text: segment.text };
            return segment.op === "insert" ? new InsertedTextRun(change) : new DeletedTextRun(change);
          });
    if (paragraph.kind === "preambular") {
      return new Paragraph({ children: runs, indent: { firstLine: step }, spacing: { after: 120 } });
    }
    return new Paragraph({
      children: [new TextRun({ children: [paragraph.mark, new Tab()] }), ...runs],
      indent: { left: step * (paragraph.level + 1), hanging: step },
      tabStops: [{ type: "left", position: step * (paragraph.level + 1) }],
      spacing: { after: 120 },
    });
  });
  const deleted =
    form === "clean"
      ? []
      : draft.deletions.map((deletion) => {
          revision += 1;
          return new Paragraph({
            children: [
              new DeletedTextRun({
                id: revision,
                author,
                date: deletion.deletedAt,
                text: `${deletion.label} ${deletion.text}`,
              }),
            ],
            indent: { left: step, hanging: step },
            spacing: { after: 120 },
          });
        });
  const document = new Document({
    title: draft.title,
    creator: author,
    styles: { default: { document: { run: { font: fonts, size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: draft.title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
          ...body,
          ...deleted,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
