/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab/carriage return before one). It also
 * splits cells on whatever separator its locale uses (`,` `;` tab `|`), so "Alpha;=1+2" holds a
 * formula for Excel with a semicolon separator. Every such start is defused with a leading quote.
 */
const formulaStart = /^(\s*[=+\-@]|[\t\r])/;
const formulaAfterSeparator = /([,;\t|\r\n]\s*)([=+\-@])/g;

/** One CSV cell: formulas defused (at the start and after any separator), quoted as RFC 4180 needs. */
export function csvCell(value: string): string {
  const defused = value.replace(formulaAfterSeparator, "$1'$2");
  const safe = formulaStart.test(defused) ? `'${defused}` : defused;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole CSV file: cells by `csvCell`, separated by commas, each row ended by CRLF (RFC 4180, and
 * what spreadsheets expect), after a byte-order mark so that spreadsheet programs read the UTF-8
 * (Arabic, Chinese, Cyrillic names) as UTF-8 and not in the machine's code page.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("")}`;
}
