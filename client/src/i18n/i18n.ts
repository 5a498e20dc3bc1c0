import type { Language } from "@trilogue/shared";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { formatter } from "./formatter";
import { asLanguage, directionOf, uiLanguages } from "./languages";

/**
 * The other five languages, each a chunk of its own fetched when chosen: a delegate downloads the
 * language they read (and English, the fallback), not all six.
 */
const otherLanguages: Record<Exclude<Language, "en">, () => Promise<object>> = {
  fr: () => import("./fr").then((module) => module.fr),
  es: () => import("./es").then((module) => module.es),
  ru: () => import("./ru").then((module) => module.ru),
  zh: () => import("./zh").then((module) => module.zh),
  ar: () => import("./ar").then((module) => module.ar),
};

/** Fetches a language's strings once and hands them to i18next. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === "en" || i18next.hasResourceBundle(language, "translation")) return;
  const strings = await otherLanguages[language]();
  i18next.addResourceBundle(language, "translation", strings);
}

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
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

/**
 * Starts i18next with English, bundled, so it is ready synchronously; resolves once the chosen
 * language's strings are in (the page waits for them, showing its loading text, rather than
 * flash English first).
 */
export async function initI18n(language: Language = pickLanguage()): Promise<typeof i18next> {
  void i18next
    .use(initReactI18next)
    .use(formatter)
    .init({
      lng: "en",
      fallbackLng: "en",
      supportedLngs: [...uiLanguages],
      resources: { en: { translation: en } },
      // Every value passes the formatter: numbers through Intl, bidi isolation where needed.
      interpolation: { escapeValue: false, alwaysFormat: true },
      initAsync: false,
      returnNull: false,
    });
  // Only an explicit choice is stored (setLanguage): until then the browser's languages decide.
  i18next.on("languageChanged", (next) => reflect(asLanguage(next) ?? "en"));
  reflect("en");
  if (language !== "en") {
    try {
      await loadLanguage(language);
      await i18next.changeLanguage(language);
    } catch {
      // The language's chunk did not arrive (the link dropped): English until the person picks again.
    }
  }
  return i18next;
}
