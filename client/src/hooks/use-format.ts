import type { Language } from "@trilogue/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { asLanguage, directionOf, localeTag } from "../i18n/languages";

/** Dates, numbers and lists in the reader's language, through `Intl`. */
export type Formats = {
  /** The interface's language. */
  language: Language;
  /** Its writing direction. */
  dir: "ltr" | "rtl";
  /** A whole number or a count. */
  number(value: number): string;
  /** A calendar date (`2016-11-03`) in the long style, read as a date wherever the reader is. */
  date(isoDate: string): string;
  /** A moment's time of day, in the reader's time zone, which it names ("14:23 UTC+1"). */
  time(iso: string): string;
  /** A moment's date and time, in the reader's time zone, which it names. */
  dateTime(iso: string): string;
  /** Words joined as a list ("A, B and C"; "A、B和C"; "A وB وC"). */
  list(items: readonly string[], type?: "conjunction" | "unit"): string;
};

/** Formatters for the current language; they change when the person picks another. */
export function useFormat(): Formats {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage ?? i18n.language) ?? "en";
  return useMemo(() => formatsFor(language), [language]);
}

/** The formatters of one language (outside React, e.g. in tests). */
export function formatsFor(language: Language): Formats {
  const tag = localeTag(language);
  const numbers = new Intl.NumberFormat(tag);
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
  // The zone is always named: people in one meeting sit in several time zones.
  const times = new Intl.DateTimeFormat(tag, { hour: "numeric", minute: "2-digit", timeZoneName: "short" });
  const dateTimes = new Intl.DateTimeFormat(tag, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
  return {
    language,
    dir: directionOf(language),
    number: (value) => numbers.format(value),
    // Noon UTC, so the calendar date is the same in every time zone.
    date: (isoDate) => dates.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)),
    time: (iso) => times.format(new Date(iso)),
    dateTime: (iso) => dateTimes.format(new Date(iso)),
    list: (items, type = "conjunction") => new Intl.ListFormat(tag, { type, style: "long" }).format(items),
  };
}
