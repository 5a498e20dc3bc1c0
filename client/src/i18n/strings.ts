/** CLDR plural categories, as i18next suffixes keys with them (`_one`, `_few`, …). */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/**
 * The plural categories each language needs, as `Intl.PluralRules` (which i18next uses) reports
 * them; the locale test checks this table against the runtime.
 */
export type PluralFormsOf = {
  ar: "zero" | "one" | "two" | "few" | "many" | "other";
  zh: "other";
  en: "one" | "other";
  fr: "one" | "many" | "other";
  ru: "one" | "few" | "many" | "other";
  es: "one" | "many" | "other";
};

/**
 * One language's strings: the English shape key for key, except that each plural key (English
 * `x_one` and `x_other`) takes the language's own categories (`x_zero` … `x_other` in Arabic, only
 * `x_other` in Chinese). A missing or extra key fails the type check.
 */
export type Strings<T, Forms extends PluralCategory> = {
  [K in keyof T as K extends `${string}_one`
    ? never
    : K extends `${infer Base}_other`
      ? `${Base}_${Forms}`
      : K]: T[K] extends string ? string : Strings<T[K], Forms>;
};
