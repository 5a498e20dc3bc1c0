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
