import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";

const require = createRequire(import.meta.url);

/** The scripts the summary is drawn in, each with its own embedded Noto family. */
export type Script = "latin" | "arabic" | "cjk";
export type Weight = "regular" | "bold";
/** A registered font's name in the PDF document. */
export type FontKey = `${Script}-${Weight}`;

/**
 * Noto fonts shipped as npm packages (Google Fonts' static instances, SIL Open Font License), so
 * the PDF never depends on the fonts of the machine that makes it: Noto Sans for Latin, Greek and
 * Cyrillic; Noto Naskh Arabic; Noto Sans SC for Chinese.
 */
const files: Record<FontKey, string> = {
  "latin-regular": "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  "latin-bold": "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  "arabic-regular": "@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf",
  "arabic-bold": "@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf",
  "cjk-regular": "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  "cjk-bold": "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
};

export const fontKeys = Object.keys(files) as FontKey[];

const cache = new Map<FontKey, Font>();

/**
 * A font, read and parsed once per process (Noto Sans SC is 10 MB) and shared by every document:
 * fontkit keeps its parsed tables and glyphs with the font, so later exports skip that work.
 * pdfkit subsets and embeds it per document.
 */
export function loadFont(key: FontKey): Font {
  let font = cache.get(key);
  if (!font) {
    const parsed = create(readFileSync(require.resolve(files[key])));
    if (!("layout" in parsed)) throw new Error(`${files[key]} is a font collection, not a font`);
    font = parsed;
    cache.set(key, font);
  }
  return font;
}
