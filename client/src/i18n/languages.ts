import { type Language, languages } from "@trilogue/shared";

/** The interface's languages: the six official languages of the United Nations, in UN order. */
export const uiLanguages: readonly Language[] = languages;

/** Each language's name in itself, for the picker (read by people who do not read the current one). */
export const endonyms: Record<Language, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** Narrows any string (a stored choice, a browser tag, i18next's language) to one of the six. */
export function asLanguage(tag: string | null | undefined): Language | null {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return uiLanguages.find((language) => language === base) ?? null;
}

/** Writing direction: Arabic runs right to left, the other five left to right. */
export const directionOf = (language: Language): "rtl" | "ltr" => (language === "ar" ? "rtl" : "ltr");

/**
 * The BCP 47 tag `Intl` formats with. Arabic keeps Western digits (1, 2, 3), as United Nations
 * documents in Arabic do; Chinese is Simplified, as at the UN.
 */
export function localeTag(language: Language): string {
  if (language === "ar") return "ar-u-nu-latn";
  if (language === "zh") return "zh-Hans";
  return language;
}
