import { describe, expect, it } from "vitest";
import { letterStrings } from "../summary/letter-strings";
import { subjectStrings } from "./subject-strings";

const keysOf = (value: object, prefix = ""): string[] =>
  Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === "object" && inner !== null ? keysOf(inner, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
const wordAt = (of: object, key: string) => {
  const [namespace = "", name = ""] = key.split(".");
  return (of as Record<string, Record<string, string>>)[namespace]?.[name] ?? "";
};
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ["poll subjects", subjectStrings],
  ["cover letter", letterStrings],
] as const)("the %s words", (_name, bundle) => {
  it("are complete in all six languages, with the same placeholders", () => {
    const reference = keysOf(bundle.en).sort();
    expect(Object.keys(bundle).sort()).toEqual(["ar", "en", "es", "fr", "ru", "zh"]);
    for (const [language, strings] of Object.entries(bundle)) {
      expect(keysOf(strings).sort(), language).toEqual(reference);
      for (const key of reference) {
        const own = wordAt(strings, key);
        expect(placeholders(own), `${language} ${key}`).toEqual(placeholders(wordAt(bundle.en, key)));
        expect(own.trim(), `${language} ${key}`).not.toBe("");
        if (language !== "en") expect(own, `${language} ${key}`).not.toBe(wordAt(bundle.en, key));
      }
    }
  });
});
