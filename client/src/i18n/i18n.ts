import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";

/** The languages the interface is translated into (the six UN languages as they arrive). */
export const supportedLanguages = ["en"] as const;
export type UiLanguage = (typeof supportedLanguages)[number];

/** Every language's strings, by language; `en` is the reference. */
export const resources = { en: { translation: en } } as const;

const storageKey = "trilogue.language";

/** The person's earlier choice, else the browser's first supported language, else English. */
export function pickLanguage(): UiLanguage {
  const stored = globalThis.localStorage?.getItem(storageKey);
  const wanted = [stored, ...(globalThis.navigator?.languages ?? [])];
  for (const tag of wanted) {
    const base = tag?.split("-")[0];
    const match = supportedLanguages.find((language) => language === base);
    if (match) return match;
  }
  return "en";
}

/** Keeps `<html lang dir>` in step with the language, so Arabic mirrors the whole page. */
function reflect(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

/** Starts i18next; resources are bundled, so it is ready synchronously. */
export function initI18n(language: string = pickLanguage()) {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: "en",
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  i18next.on("languageChanged", (next) => {
    globalThis.localStorage?.setItem(storageKey, next);
    reflect(next);
  });
  reflect(language);
  return i18next;
}
