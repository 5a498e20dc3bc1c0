import { csvCell } from "@trilogue/shared";

/** One cell of CSV: the shared rule (formulas defused after any separator, quoted as needed). */
export { csvCell };

/** Rows to CSV text (CRLF line ends, as spreadsheets expect). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** Offers a text file for download. */
export function download(filename: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
