import type { Language } from "@trilogue/shared";
import { ar } from "./ar.js";
import { en, type SummaryLabels } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { ru } from "./ru.js";
import { zh } from "./zh.js";

export { type PluralForms, pluralFor } from "./plural.js";
export type { SummaryLabels };

/** The summary's words in each of the six official languages. */
export const summaryLabels: Record<Language, SummaryLabels> = { ar, zh, en, fr, ru, es };

/** Fills `{name}` placeholders; an unknown placeholder is left as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}
