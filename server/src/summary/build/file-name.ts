import type { SummaryFormat } from "@trilogue/shared";
import type { SummaryDocument } from "./document.js";

/** ASCII words of a title, for a file name: accents dropped, anything else a hyphen. */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

/**
 * The download's file name: date, the title as the document holds it (so already struck of names
 * in Chatham House and closed modes), draft or final. It carries nothing the document does not.
 */
export function summaryFileName(document: SummaryDocument, format: SummaryFormat): string {
  const title = slug(document.title) || `consultation-${document.consultationId.slice(0, 8)}`;
  const base = `chairs-summary_${document.date}_${title}_${document.status}`;
  return format === "csv" ? `${base}_ballots.csv` : `${base}.${format}`;
}
