import { degrees, PDFDocument, rgb, StandardFonts } from "pdf-lib";

/** The line stamped on every page of a downloaded briefing. */
export function watermarkLine(delegationName: string, at: Date): string {
  return `RESTRICTED - issued to ${delegationName} - ${at.toISOString().replace("T", " ").slice(0, 19)} UTC`;
}

/** Characters outside WinAnsi (what the standard fonts encode) as "?", so any name can be stamped. */
function winAnsi(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, "?");
}

/**
 * A copy of the briefing with the recipient's name and the time on every page: a line at the
 * foot and a faint diagonal band across the middle, and the same line in the document's subject.
 */
export async function watermark(content: Buffer, line: string): Promise<Uint8Array> {
  const document = await PDFDocument.load(content, { updateMetadata: false });
  const font = await document.embedFont(StandardFonts.Helvetica);
  const stamp = winAnsi(line);
  for (const page of document.getPages()) {
    const { width, height } = page.getSize();
    page.drawText(stamp, { x: 24, y: 14, size: 8, font, color: rgb(0.6, 0, 0) });
    const size = Math.max(10, Math.min(28, (width * 1.1) / Math.max(1, stamp.length) / 0.5));
    page.drawText(stamp, {
      x: width * 0.08,
      y: height * 0.3,
      size,
      font,
      color: rgb(0.75, 0.75, 0.75),
      opacity: 0.35,
      rotate: degrees(35),
    });
  }
  document.setSubject(line);
  return document.save();
}
