import { languages } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { summaryLabels } from "./index.js";
import { type PluralForms, pluralFor } from "./plural.js";

const isPluralForms = (value: unknown): value is PluralForms =>
  typeof value === "object" && value !== null && typeof (value as { other?: unknown }).other === "string";

/** Every string of a language's labels, by its key, plural forms included. */
function strings(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") return [[path, value]];
    return typeof value === "object" && value !== null ? strings(value, path) : [];
  });
}

describe("the summary's counted sentences", () => {
  for (const language of languages) {
    it(`${language}: each gives every CLDR form the language needs, or one wording for any count`, () => {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const counted = Object.entries(summaryLabels[language]).filter((entry): entry is [string, PluralForms] =>
        isPluralForms(entry[1]),
      );
      expect(counted.map(([key]) => key).sort()).toEqual(
        ["attendanceLine", "objectionsLine", "positionsLine", "recordsLine", "totalLine", "turnoutLine"].sort(),
      );
      for (const [key, forms] of counted) {
        const given = Object.keys(forms);
        if (given.length > 1) expect([...given].sort(), key).toEqual([...needed].sort());
      }
    });

    it(`${language}: no "(s)" stands in for a plural`, () => {
      for (const [key, text] of strings(summaryLabels[language])) expect(text, key).not.toMatch(/\((s|es|e)\)|\(e\)s/);
    });
  }

  it("picks the form by the count, as CLDR says", () => {
    expect(pluralFor("en", summaryLabels.en.objectionsLine, 1)).toBe("{count} objection stood when the call closed.");
    expect(pluralFor("en", summaryLabels.en.objectionsLine, 2)).toBe("{count} objections stood when the call closed.");
    expect(pluralFor("fr", summaryLabels.fr.objectionsLine, 0)).toMatch(/^\{count\} objection maintenue/);
    expect(pluralFor("ru", summaryLabels.ru.objectionsLine, 3)).toMatch(/\{count\} возражения\.$/);
    expect(pluralFor("ru", summaryLabels.ru.objectionsLine, 5)).toMatch(/\{count\} возражений\.$/);
    expect(pluralFor("ar", summaryLabels.ar.positionsLine, 2)).toBe("أبدى وفدان موقفاً.");
    expect(pluralFor("zh", summaryLabels.zh.positionsLine, 1)).toBe(summaryLabels.zh.positionsLine.other);
  });
});
