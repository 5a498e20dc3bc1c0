/** Characters of the right-to-left scripts (Hebrew, Arabic and their presentation forms). */
export const rtlChar = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const letter = /\p{L}/u;

/** The direction of a text by its first strong letter (as UAX #9's P2), or `fallback` if it has none. */
export function textDirection(text: string, fallback: "ltr" | "rtl"): "ltr" | "rtl" {
  for (const char of text) {
    if (rtlChar.test(char)) return "rtl";
    if (letter.test(char)) return "ltr";
  }
  return fallback;
}

/** Splits text into runs that are right-to-left script and runs that are not. */
export function scriptRuns(text: string): { text: string; rtl: boolean }[] {
  const runs: { text: string; rtl: boolean }[] = [];
  for (const char of text) {
    const rtl = rtlChar.test(char) || (!letter.test(char) && (runs.at(-1)?.rtl ?? false));
    const last = runs.at(-1);
    if (last && last.rtl === rtl) last.text += char;
    else runs.push({ text: char, rtl });
  }
  return runs;
}
