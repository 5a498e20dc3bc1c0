import { DomainError } from "../core/errors.js";

const header = Buffer.from("%PDF-", "latin1");
const trailer = Buffer.from("%%EOF", "latin1");

/**
 * A briefing must be a whole PDF, judged by its content, never its name: it starts with `%PDF-`
 * and ends with the `%%EOF` marker (within the last kilobyte, where writers leave only line
 * ends). A file cut short in transit loses its trailer and is refused.
 */
export function assertWholePdf(content: Buffer, maxBytes: number): void {
  if (content.length === 0)
    throw new DomainError("VALIDATION", "The upload is empty: attach the briefing as a PDF.", undefined, {
      code: "briefing_empty",
    });
  if (content.length > maxBytes) {
    throw new DomainError(
      "PAYLOAD_TOO_LARGE",
      `A briefing is at most ${Math.floor(maxBytes / (1024 * 1024))} MB.`,
      undefined,
      {
        code: "briefing_too_large",
        params: { max: Math.floor(maxBytes / (1024 * 1024)) },
      },
    );
  }
  if (!content.subarray(0, 1024).includes(header) || content.indexOf(header) !== 0) {
    throw new DomainError(
      "VALIDATION",
      "This file is not a PDF: briefings are circulated as PDF documents.",
      undefined,
      { code: "briefing_not_pdf" },
    );
  }
  if (!content.subarray(Math.max(0, content.length - 1024)).includes(trailer)) {
    throw new DomainError(
      "VALIDATION",
      "This PDF is incomplete (no end-of-file marker): the upload was cut short. Send it again.",
      undefined,
      { code: "briefing_incomplete" },
    );
  }
}
