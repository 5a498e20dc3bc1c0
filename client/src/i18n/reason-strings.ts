import { reasons as ar } from "./ar/reasons";
import { reasons as en } from "./en/reasons";
import { reasons as es } from "./es/reasons";
import { reasons as fr } from "./fr/reasons";
import { addLazyStrings, type BundleTarget } from "./lazy-strings";
import { reasons as ru } from "./ru/reasons";
import { reasons as zh } from "./zh/reasons";

/**
 * The sentences for the server's refusal reasons, in the six languages. Loaded when a refusal is
 * first shown (they are many, and most people never meet most of them), not with the first load.
 */
export const reasonStrings = { en, fr, es, ru, zh, ar } as const;

/** Adds the reasons to every language i18next holds now, and to each it loads later. */
export function addReasonStrings(i18n: BundleTarget): void {
  addLazyStrings(i18n, reasonStrings);
}
