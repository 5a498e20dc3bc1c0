/**
 * A sentence in each CLDR plural form its language needs ("1 objection", "2 objections"; Russian
 * one, few, many; Arabic zero to many). `other` is required; a wording that reads right for every
 * count ("Objections: {count}") gives `other` alone.
 */
export type PluralForms = { other: string } & Partial<Record<"zero" | "one" | "two" | "few" | "many", string>>;

/** Types a label's forms as `PluralForms`, so that every language may give the forms it needs. */
export const pluralForms = (forms: PluralForms): PluralForms => forms;

/** The form `count` takes in `language`, by `Intl.PluralRules` (CLDR). */
export function pluralFor(language: string, forms: PluralForms, count: number): string {
  const category = new Intl.PluralRules(language).select(count);
  return (category === "other" ? undefined : forms[category]) ?? forms.other;
}
