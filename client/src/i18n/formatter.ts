import type { Language } from "@trilogue/shared";
import type { FormatterModule } from "i18next";
import { hasRtl, isolate } from "./bidi";
import { asLanguage, directionOf, localeTag } from "./languages";

const numberFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = (language: Language) => {
  const tag = localeTag(language);
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag);
    numberFormats.set(tag, format);
  }
  return format;
};

/**
 * Formats every interpolated value (`alwaysFormat`): numbers through `Intl.NumberFormat` in the
 * reader's language, and values that may run the other way isolated (FSI…PDI). In Arabic every
 * value is isolated, so a Latin delegation name or a number keeps its place in the sentence; in
 * the other languages only a value holding Arabic (or Hebrew) letters is.
 */
export function formatValue(value: unknown, lng: string | undefined): string {
  if (value === null || value === undefined) return "";
  const language = asLanguage(lng) ?? "en";
  const text = typeof value === "number" ? numberFormat(language).format(value) : String(value);
  if (text === "") return text;
  return directionOf(language) === "rtl" || hasRtl(text) ? isolate(text) : text;
}

/** i18next's formatter, replaced by {@link formatValue}; named formats are not used. */
export const formatter: FormatterModule = {
  type: "formatter",
  init() {},
  add() {},
  addCached() {},
  format: (value, _format, lng) => formatValue(value, lng),
};
