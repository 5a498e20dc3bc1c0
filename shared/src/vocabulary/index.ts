import type { Language } from "../domain/enums.js";
import { ar } from "./ar.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { ru } from "./ru.js";
import type { Vocabulary } from "./vocabulary.js";
import { zh } from "./zh.js";

export type { Vocabulary };

/**
 * Every language's vocabulary, for the server (the summary) and for checks. The client imports
 * one language's file at a time (`@trilogue/shared/vocabulary/fr`), so a delegate downloads the
 * words of the language they read only.
 */
export const vocabularies: Record<Language, Vocabulary> = { ar, zh, en, fr, ru, es };
