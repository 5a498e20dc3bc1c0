import { describe, expect, it } from "vitest";
import { setupStrings } from "./setup-strings";

const keysOf = (value: object, prefix = ""): string[] =>
  Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === "object" && inner !== null ? keysOf(inner, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe("the operator's correction words", () => {
  it("are complete in all six languages, with the same placeholders", () => {
    const reference = keysOf(setupStrings.en).sort();
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const word = (of: object, key: string) =>
      (of as Record<string, Record<string, string>>).operatorSetup?.[key.split(".")[1] ?? ""] ?? "";
    for (const [language, strings] of Object.entries(setupStrings)) {
      expect(keysOf(strings).sort(), language).toEqual(reference);
      for (const key of reference) {
        expect(placeholders(word(strings, key)), `${language} ${key}`).toEqual(
          placeholders(word(setupStrings.en, key)),
        );
        expect(word(strings, key).trim(), `${language} ${key}`).not.toBe("");
      }
    }
  });
});
