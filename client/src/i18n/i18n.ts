import type { Language } from "@trilogue/shared";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { ar } from "./ar";
import { en } from "./en";
import { es } from "./es";
import { formatter } from "./formatter";
import { fr } from "./fr";
import { asLanguage, directionOf, uiLanguages } from "./languages";
import { ru } from "./ru";
import { zh } from "./zh";

/** Every language's strings, by language; `en` is the reference every other one matches. */
export const resources = {
  en: { translation: en },
  fr: { translation: fr },
  es: { translation: es },
  ru: { translation: ru },
  zh: { translation: zh },
  ar: { translation: ar },
} as const;

const storageKey = "trilogue.language";

/** The person's earlier choice, else the browser's first language among the six, else English. */
export function pickLanguage(
  stored: string | null = readStored(),
  preferred: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  for (const tag of [stored, ...preferred]) {
    const match = asLanguage(tag);
    if (match) return match;
  }
  return "en";
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    return null; // storage refused (private mode, policy): fall back to the browser's languages
  }
}

/** The language the interface is in now. */
export const currentLanguage = (): Language => asLanguage(i18next.resolvedLanguage ?? i18next.language) ?? "en";

/** Keeps `<html lang dir>` in step with the language, so Arabic mirrors the whole page. */
function reflect(language: Language) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** Switches the interface's language and remembers the choice for later visits. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not kept across visits where storage is refused; the choice still holds for this page.
  }
  await i18next.changeLanguage(language);
}

/** Starts i18next; resources are bundled, so it is ready synchronously. */
export function initI18n(language: Language = pickLanguage()) {
  void i18next
    .use(initReactI18next)
    .use(formatter)
    .init({
      lng: language,
      fallbackLng: "en",
      supportedLngs: [...uiLanguages],
      resources,
      // Every value passes the formatter: numbers through Intl, bidi isolation where needed.
      interpolation: { escapeValue: false, alwaysFormat: true },
      initAsync: false,
      returnNull: false,
    });
  // Only an explicit choice is stored (setLanguage): until then the browser's languages decide.
  i18next.on("languageChanged", (next) => reflect(asLanguage(next) ?? "en"));
  reflect(language);
  return i18next;
}
