import { describe, expect, it } from "vitest";
import { addMissionStrings, missionStrings } from "./missions-strings";

const keysOf = (value: object, prefix = ""): string[] =>
  Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === "object" && inner !== null ? keysOf(inner, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe("the mission panel's words", () => {
  it("are complete in all six languages, with the same placeholders", () => {
    const reference = keysOf(missionStrings.en).sort();
    for (const [language, strings] of Object.entries(missionStrings)) {
      expect(keysOf(strings).sort(), language).toEqual(reference);
      for (const key of reference) {
        const [namespace = "", name = ""] = key.split(".");
        const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        const word = (of: object) => (of as Record<string, Record<string, string>>)[namespace]?.[name] ?? "";
        const own = word(strings);
        expect(placeholders(own), `${language} ${key}`).toEqual(placeholders(word(missionStrings.en)));
        expect(own.trim(), `${language} ${key}`).not.toBe("");
      }
    }
  });

  it("join only languages already loaded, and each one loaded later", () => {
    const loaded = new Set(["en"]);
    const added: string[] = [];
    let onChange: (language: string) => void = () => undefined;
    addMissionStrings({
      hasResourceBundle: (language) => loaded.has(language),
      addResourceBundle: (language) => added.push(language),
      on: (_event, callback) => {
        onChange = callback;
      },
    });
    expect(added).toEqual(["en"]);
    loaded.add("ar");
    onChange("ar");
    expect(added).toEqual(["en", "ar"]);
  });
});
