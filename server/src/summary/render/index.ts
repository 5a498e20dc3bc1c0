import type { SummaryFormat } from "@trilogue/shared";
import { canonicalJson } from "../build/canonical.js";
import type { SummaryDocument } from "../build/document.js";
import { summaryFileName } from "../build/file-name.js";
import { fill, summaryLabels } from "../labels/index.js";
import type { LayoutOptions } from "./blocks.js";
import { renderBallotsCsv } from "./csv.js";
import { renderDocx } from "./docx.js";
import { summaryBlocks } from "./layout.js";
import { renderMarkdown } from "./markdown.js";
import { renderPdf } from "./pdf/render-pdf.js";

/** A rendered export, ready to send. */
export type RenderedSummary = { body: Buffer; contentType: string; fileName: string };

export const contentTypes: Record<SummaryFormat, string> = {
  md: "text/markdown; charset=utf-8",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

const scripts = { ar: "arabic", zh: "cjk", en: "latin", fr: "latin", ru: "latin", es: "latin" } as const;

/**
 * Renders a summary document in one format. The JSON is the canonical text itself, so its SHA-256
 * is the summary's digest; the other formats print the digest and the last event covered.
 */
export async function renderSummary(
  document: SummaryDocument,
  format: SummaryFormat,
  options: LayoutOptions,
): Promise<RenderedSummary> {
  const fileName = summaryFileName(document, format);
  const contentType = contentTypes[format];
  if (format === "json") return { body: Buffer.from(canonicalJson(document), "utf8"), contentType, fileName };
  if (format === "csv") return { body: Buffer.from(renderBallotsCsv(document), "utf8"), contentType, fileName };
  const blocks = summaryBlocks(document, options);
  const labels = summaryLabels[document.language];
  if (format === "md")
    return { body: Buffer.from(renderMarkdown(blocks, labels.colon), "utf8"), contentType, fileName };
  const subject = `${labels.documentTitle}: ${document.title}`;
  if (format === "docx") {
    const body = await renderDocx(blocks, {
      title: document.title,
      subject,
      language: document.language,
      direction: labels.direction,
      colon: labels.colon,
    });
    return { body, contentType, fileName };
  }
  const pages = new Intl.NumberFormat(document.language);
  const body = await renderPdf(blocks, {
    title: document.title,
    subject,
    direction: labels.direction,
    script: scripts[document.language],
    createdAt: new Date(document.finalisedAt ?? document.generatedAt),
    pageLabel: (page, count) => fill(labels.page, { page: pages.format(page), pages: pages.format(count) }),
    colon: labels.colon,
    draftLabel: document.status === "final" ? null : labels.draftNotice,
  });
  return { body, contentType, fileName };
}
