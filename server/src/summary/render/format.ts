import type { Constituency, Language } from "@trilogue/shared";
import { type PluralForms, pluralFor, type SummaryLabels } from "../labels/index.js";
import { unDate, unLocale, unNumber } from "./un-style.js";

/** Number, date and duration formatting in the summary's language. */
export type Formatter = {
  number(value: number): string;
  /** A YYYY-MM-DD date, long form, as UN documents write it. */
  date(value: string): string;
  /** An ISO time as hours and minutes, UTC. */
  time(value: string): string;
  /** Seconds as m:ss or h:mm:ss. */
  duration(seconds: number): string;
  /** A constituency set, e.g. "Security Council and T/PCC". */
  constituencies(list: readonly Constituency[]): string;
  /** The sentence in the plural form `count` takes in the summary's language (CLDR). */
  plural(forms: PluralForms, count: number): string;
};

export function formatter(language: Language, labels: SummaryLabels): Formatter {
  const numbers = unNumber(language);
  const times = new Intl.DateTimeFormat(unLocale(language), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  });
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    number: (value) => numbers.format(value),
    date: (value) => unDate(language, value),
    time: (value) => `${times.format(new Date(value))} UTC`,
    duration: (seconds) => {
      const h = Math.floor(seconds / 3600);
      const m = Math.floor((seconds % 3600) / 60);
      const s = seconds % 60;
      return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
    },
    constituencies: (list) => list.map((c) => labels.constituencies[c]).join(labels.constituencyJoin),
    plural: (forms, count) => pluralFor(language, forms, count),
  };
}
