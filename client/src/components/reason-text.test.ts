import { languages, reasonCodes } from "@trilogue/shared";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { localeProblems } from "../i18n/completeness";
import { addReasonStrings, reasonStrings } from "../i18n/reason-strings";
import { resources } from "../i18n/resources";
import { errorText, reasonText } from "./reason-text";

/** Parameters of every kind a reason may carry, so each sentence is read with its values in. */
const params = {
  count: 2,
  base: 3,
  current: 4,
  claimed: 3,
  max: 5,
  name: "Ghana",
  status: "live",
  from: "closed",
  to: "live",
  role: "auditor",
  state: "agreed",
};

describe("every reason the server can name has words in every language", () => {
  for (const language of languages) {
    it(`${language}: each reason code reads as a sentence, with no placeholder or key left`, async () => {
      const i18n = i18next.createInstance();
      await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
      addReasonStrings(i18n);
      const english = i18next.createInstance();
      await english.init({ lng: "en", resources, interpolation: { escapeValue: false } });
      addReasonStrings(english);
      for (const code of reasonCodes) {
        const text = reasonText(i18n.t, { code, params });
        expect(text, code).toBeTruthy();
        expect(text, code).not.toContain("{{");
        expect(text, code).not.toContain("reasons.");
        if (language !== "en") expect(text, `${language} ${code}`).not.toBe(reasonText(english.t, { code, params }));
      }
    });
  }

  it("each language's reasons keep English's keys and placeholders", () => {
    for (const language of languages)
      expect(localeProblems(reasonStrings.en, reasonStrings[language], language), language).toEqual([]);
  });

  it("states, statuses and roles in a reason are worded in the person's language", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: "fr", resources, interpolation: { escapeValue: false } });
    addReasonStrings(i18n);
    expect(
      reasonText(i18n.t, { code: "consultation_status_move", params: { from: "closed", to: "live" } }),
    ).not.toMatch(/closed|live/);
    expect(reasonText(i18n.t, { code: "operator_role_not_allowed", params: { role: "auditor" } })).not.toContain(
      "auditor",
    );
  });

  it("an unknown reason (a newer server) falls back to the words for the error's code", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: "fr", resources, interpolation: { escapeValue: false } });
    addReasonStrings(i18n);
    expect(errorText(i18n.t, { code: "CONFLICT", reason: { code: "something_new" } })).toBe(i18n.t("errors.CONFLICT"));
  });
});
