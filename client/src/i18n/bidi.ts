/** First strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const rtlLetters = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** First Strong Isolate … Pop Directional Isolate: the text keeps its own direction inside another. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** Whether a text holds right-to-left letters (an Arabic name in an English sentence, say). */
export const hasRtl = (text: string): boolean => rtlLetters.test(text);

/** Strips the isolation marks, for comparing what a person reads with what was written. */
export const stripIsolates = (text: string): string => text.replace(/[\u2066-\u2069]/g, "");
