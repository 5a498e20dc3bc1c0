import type { Language } from "@trilogue/shared";

/**
 * Dates and numbers as the six language services write them in UN documents: "3 November 2016",
 * "1er novembre 2016", "3 de noviembre de 2016", "3 ноября 2016 года", "2016年11月3日", and in Arabic
 * the paired month names with Western digits ("3 تشرين الثاني/نوفمبر 2016"). Intl gives most of it;
 * what the UN writes differently from the locale's default is set here.
 */
const arabicMonths = [
  "كانون الثاني/يناير",
  "شباط/فبراير",
  "آذار/مارس",
  "نيسان/أبريل",
  "أيار/مايو",
  "حزيران/يونيه",
  "تموز/يوليه",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
];

/** The locale whose conventions UN documents follow, Western digits throughout. */
export function unLocale(language: Language): string {
  return language === "en" ? "en-GB" : language === "ar" ? "ar-u-nu-latn" : language;
}

/** A YYYY-MM-DD date in UN document style. */
export function unDate(language: Language, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  if (language === "ar") return `${day} ${arabicMonths[date.getUTCMonth()]} ${year}`;
  const long = new Intl.DateTimeFormat(unLocale(language), { dateStyle: "long", timeZone: "UTC" }).format(date);
  if (language === "fr" && day === 1) return long.replace(/^1 /, "1er ");
  if (language === "ru") return long.replace(/\s?г\.$/, " года");
  return long;
}

/** A number in UN document style (Western digits in Arabic). */
export function unNumber(language: Language): Intl.NumberFormat {
  return new Intl.NumberFormat(unLocale(language));
}

/** A list of clauses as one sentence: its first letter capitalised, as the language writes it. */
export function sentenceCase(text: string, language: Language): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(unLocale(language)) + text.slice(head.length);
}
