import type { ExpectationsRegister, RedlineSegment } from "@trilogue/shared";
import { summaryLabels } from "../summary/labels/index.js";
import type { Block } from "../summary/render/blocks.js";
import { renderDocx } from "../summary/render/docx.js";
import { renderPdf } from "../summary/render/pdf/render-pdf.js";

const entryWords = {
  adopted: "Adopted",
  reaffirmed: "Reaffirmed",
  revised: "Revised",
  superseded: "Superseded",
  withdrawn: "Withdrawn",
};

/** A redline in plain text for print: deletions in [- -], insertions in {+ +}. */
function redlineText(segments: readonly RedlineSegment[]): string {
  return segments
    .map((s) => (s.op === "equal" ? s.text : s.op === "delete" ? `[-${s.text}-]` : `{+${s.text}+}`))
    .join("");
}

/**
 * The register laid out as the summary's blocks, so the summary's PDF and Word renderers draw it.
 * The same attribution as the Markdown: T/PCCs named for their own records, the Secretariat's notes
 * by their author; nothing else names a person.
 */
export function registerBlocks(register: ExpectationsRegister): Block[] {
  const blocks: Block[] = [
    { kind: "title", text: `Expectations register: ${register.mission.name}` },
    {
      kind: "paragraph",
      tone: "notice",
      text: `Generated ${register.generatedAt}. Confirmations older than ${register.staleAfterDays} days, or made before an expectation's latest agreement, are marked STALE.`,
    },
  ];
  if (register.expectations.length === 0)
    blocks.push({ kind: "paragraph", text: "No expectation has been agreed yet." });
  register.expectations.forEach((expectation, index) => {
    blocks.push(
      {
        kind: "heading",
        level: 1,
        text: `${index + 1}. ${expectation.fields.scenario} (${expectation.standing})`,
        quoted: true,
      },
      { kind: "paragraph", text: expectation.text, quoted: true },
      { kind: "heading", level: 2, text: "History" },
      {
        kind: "list",
        ordered: true,
        items: expectation.history.map((entry) => ({
          label: `${entryWords[entry.kind]}${entry.consultationTitle ? ` in ${entry.consultationTitle}` : ""} on ${entry.date}`,
          text: entry.redline ? `Redline: ${redlineText(entry.redline)}` : entry.note || (entry.text ?? ""),
          quoted: true,
        })),
      },
    );
    if (expectation.implementationNotes.length > 0) {
      blocks.push(
        { kind: "heading", level: 2, text: "Secretariat implementation notes" },
        {
          kind: "list",
          ordered: false,
          items: expectation.implementationNotes.map((note) => ({
            label: `${note.writtenAt.slice(0, 10)}, ${note.authorName}`,
            text: note.text,
            quoted: true,
          })),
        },
      );
    }
    blocks.push({ kind: "heading", level: 2, text: "T/PCC records" });
    blocks.push(
      expectation.acceptances.length === 0
        ? { kind: "paragraph", text: "None recorded." }
        : {
            kind: "table",
            header: ["T/PCC", "Record", "National caveat", "Last confirmed", ""],
            widths: [2, 2, 4, 3, 1],
            rows: expectation.acceptances.map((a) => [
              a.delegationName ?? "a T/PCC",
              summaryLabels.en.acceptanceKinds[a.kind],
              a.caveat ?? "",
              `${a.confirmedAt.slice(0, 10)} (${a.consultationTitle})`,
              a.stale ? "STALE" : "",
            ]),
          },
    );
  });
  return blocks;
}

const meta = (register: ExpectationsRegister) => ({
  title: `Expectations register: ${register.mission.name}`,
  subject: "Standing expectations on the use of force, with T/PCC records",
  direction: "ltr" as const,
  colon: ": ",
});

export function registerPdf(register: ExpectationsRegister): Promise<Buffer> {
  return renderPdf(registerBlocks(register), {
    ...meta(register),
    script: "latin",
    createdAt: new Date(register.generatedAt),
    pageLabel: (page, pages) => `Page ${page} of ${pages}`,
    draftLabel: null,
  });
}

export function registerDocx(register: ExpectationsRegister): Promise<Buffer> {
  return renderDocx(registerBlocks(register), { ...meta(register), language: "en" });
}
