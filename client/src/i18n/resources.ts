import { ar } from "./ar";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ru } from "./ru";
import { zh } from "./zh";

/**
 * Every language's strings, by language; `en` is the reference every other one matches. For the
 * checks of completeness: the app itself loads one language at a time (`i18n.ts`).
 */
export const resources = {
  en: { translation: en },
  fr: { translation: fr },
  es: { translation: es },
  ru: { translation: ru },
  zh: { translation: zh },
  ar: { translation: ar },
} as const;
