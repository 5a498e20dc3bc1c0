import type { Constituency, Language, SummaryLabels } from "@trilogue/shared";

/** Number, date and duration formatting in the summary's language. */
export type Formatter = {
  number(value: number): string;
  /** A YYYY-MM-DD date, long form. */
  date(value: string): string;
  /** An ISO time as hours and minutes, UTC. */
  time(value: string): string;
  /** Seconds as m:ss or h:mm:ss. */
  duration(seconds: number): string;
  /** A constituency set, e.g. "Security Council and T/PCC". */
  constituencies(list: readonly Constituency[]): string;
};

export function formatter(language: Language, labels: SummaryLabels): Formatter {
  const numbers = new Intl.NumberFormat(language);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" });
  const times = new Intl.DateTimeFormat(language, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  });
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    number: (value) => numbers.format(value),
    date: (value) => dates.format(new Date(`${value}T00:00:00Z`)),
    time: (value) => `${times.format(new Date(value))} UTC`,
    duration: (seconds) => {
      const h = Math.floor(seconds / 3600);
      const m = Math.floor((seconds % 3600) / 60);
      const s = seconds % 60;
      return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
    },
    constituencies: (list) => list.map((c) => labels.constituencies[c]).join(labels.constituencyJoin),
  };
}
