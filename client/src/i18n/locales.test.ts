import { type Language, languages, pocTemplate, templateFor } from "@trilogue/shared";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { localeProblems, pluralCategoriesOf, type StringTree } from "./completeness";
import { resources } from "./resources";
import type { PluralFormsOf } from "./strings";

const english: StringTree = resources.en.translation;

describe("every language against English", () => {
  for (const language of languages) {
    it(`${language}: no key missing or extra, no placeholder dropped or added, every plural form`, () => {
      expect(localeProblems(english, resources[language].translation, language)).toEqual([]);
    });
  }

  it("the type-level plural table agrees with Intl.PluralRules, which i18next uses", () => {
    const table: { [L in Language]: readonly PluralFormsOf[L][] } = {
      ar: ["zero", "one", "two", "few", "many", "other"],
      zh: ["other"],
      en: ["one", "other"],
      fr: ["one", "many", "other"],
      ru: ["one", "few", "many", "other"],
      es: ["one", "many", "other"],
    };
    for (const language of languages)
      expect([...pluralCategoriesOf(language)].sort(), language).toEqual([...table[language]].sort());
  });
});

describe("a button's visible words are part of its accessible name (WCAG 2.5.3)", () => {
  /** A button that shows the short words and is named by the long ones (which add what it acts on). */
  const pairs = [
    ["chair.giveFloor", "chair.giveFloorTo"],
    ["chair.grantReply", "chair.grantReplyTo"],
    ["chair.removeFromList", "chair.removeFromListOf"],
    ["agenda.open", "agenda.openItem"],
    ["agenda.reopen", "agenda.reopenItem"],
    ["agenda.remove", "agenda.removeItem"],
    ["operator.issue", "operator.issueFor"],
    ["operator.revoke", "operator.revokeFor"],
  ] as const;
  for (const language of languages) {
    it(language, () => {
      const t = i18next.getFixedT(language);
      for (const [visible, name] of pairs) {
        const values = { delegation: "Senegal", title: "Item", name: "Senegal", who: "Senegal" };
        expect(t(name, values).toLocaleLowerCase(language), `${language}: ${name}`).toContain(
          t(visible).toLocaleLowerCase(language),
        );
      }
    });
  }
});

describe("the completeness check itself", () => {
  const reference: StringTree = {
    floor: { announce: "{{delegation}} has the floor.", nobody: "Nobody has the floor." },
    more_one: "and {{count}} more",
    more_other: "and {{count}} more",
  };

  it("accepts a faithful Russian with all four plural forms", () => {
    const ru: StringTree = {
      floor: { announce: "Слово предоставлено: {{delegation}}.", nobody: "Слово никому не предоставлено." },
      more_one: "и еще {{count}}",
      more_few: "и еще {{count}}",
      more_many: "и еще {{count}}",
      more_other: "и еще {{count}}",
    };
    expect(localeProblems(reference, ru, "ru")).toEqual([]);
  });

  it("finds a missing key, an extra key, a dropped and an invented placeholder", () => {
    const fr: StringTree = {
      floor: { announce: "La délégation a la parole.", extra: "?" },
      more_one: "et {{n}} autre",
      more_many: "et {{count}} autres",
      more_other: "et {{count}} autres",
    };
    expect(localeProblems(reference, fr, "fr")).toEqual([
      "fr: floor.announce drops {{delegation}}",
      "fr: missing floor.nobody",
      "fr: more_one adds {{n}}",
      "fr: extra floor.extra",
    ]);
  });

  it("wants Arabic's six plural forms and Chinese's one, and nothing else", () => {
    const ar: StringTree = {
      floor: { announce: "أُعطيت الكلمة إلى {{delegation}}.", nobody: "لم تُعطَ الكلمة لأحد." },
      more_one: "ومتكلم آخر",
      more_other: "و{{count}} متكلم آخر",
    };
    expect(localeProblems(reference, ar, "ar").sort()).toEqual([
      "ar: missing more_few",
      "ar: missing more_many",
      "ar: missing more_two",
      "ar: missing more_zero",
    ]);
    const zh: StringTree = {
      floor: { announce: "现在请{{delegation}}发言。", nobody: "目前无人发言。" },
      more_one: "另有 1 位",
      more_other: "另有 {{count}} 位",
    };
    expect(localeProblems(reference, zh, "zh")).toEqual(["zh: extra more_one"]);
  });

  it("lets a singular or dual form imply the count, but not a few/many/other form", () => {
    const ru: StringTree = {
      floor: { announce: "Слово: {{delegation}}.", nobody: "Никто." },
      more_one: "и еще одна",
      more_few: "и еще несколько",
      more_many: "и еще {{count}}",
      more_other: "и еще {{count}}",
    };
    expect(localeProblems(reference, ru, "ru")).toEqual(["ru: more_few drops {{count}}"]);
  });

  it("finds an empty translation", () => {
    const es: StringTree = {
      floor: { announce: "{{delegation}} tiene la palabra.", nobody: " " },
      more_one: "y {{count}} más",
      more_many: "y {{count}} más",
      more_other: "y {{count}} más",
    };
    expect(localeProblems(reference, es, "es")).toEqual(["es: floor.nobody is empty or not a string"]);
  });
});

describe("the agenda template in the six languages", () => {
  it("keeps the English verbatim and has the five questions, with title and context, in every language", () => {
    expect(templateFor("en")).toBe(pocTemplate);
    for (const language of languages) {
      const template = templateFor(language);
      expect(template.items, language).toHaveLength(5);
      for (const text of [
        template.title,
        template.missionContext,
        ...template.items.flatMap((i) => [i.title, i.question]),
      ])
        expect(text.trim().length, language).toBeGreaterThan(0);
      if (language !== "en") expect(template.items[0]?.question).not.toBe(pocTemplate.items[0].question);
    }
  });
});
