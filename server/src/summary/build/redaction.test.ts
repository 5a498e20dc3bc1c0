import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commonWordsOf, nameRedactor } from "./redaction.js";

const marks = { delegation: "[a delegation]", person: "[a participant]" };

describe("redaction of normalised names", () => {
  const common = commonWordsOf(["Protection of civilians and political strategies"]);
  const redact = nameRedactor(
    {
      delegations: ["France", "Côte d'Ivoire", "中国"],
      people: ["the", "Council", "Security Council", "Protection", "Fodé Seck", "Li", "安全理事会", "李伟"],
    },
    marks,
    common,
  );

  it("sees through invisible characters, compatibility forms and accents", () => {
    expect(redact("Fr\u200Bance agreed.")).toBe("[a delegation] agreed.");
    expect(redact("F\u00ADrance and ｆｒａｎｃｅ")).toBe("[a delegation] and [a delegation]");
    expect(redact("Fode\u0301 SECK and Fode Seck spoke.")).toBe("[a participant] and [a participant] spoke.");
    expect(redact("Cote d\u2019Ivoire\u200D agreed")).toBe("[a delegation]\u200D agreed");
  });

  it("strikes whole words only", () => {
    expect(redact("Francesca and Lima; Li said so")).toBe("Francesca and Lima; [a participant] said so");
    expect(redact("我们同意中国和李伟的意见")).toBe("我们同意[a delegation]和[a participant]的意见");
  });

  it("never strikes common words, whoever joined under them", () => {
    const text = "The Security Council and the host State discussed the protection of civilians.";
    expect(redact(text)).toBe(text);
    expect(redact("安全理事会的意见")).toBe("安全理事会的意见");
  });

  it("strikes a name among any other words, and leaves those words as they were", () => {
    const only = nameRedactor({ delegations: ["France"], people: ["Fodé Seck"] }, marks);
    const word = fc.stringMatching(/^[a-z]{1,8}$/).filter((w) => w !== "france" && w !== "fode" && w !== "seck");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.constantFrom(" ", "\n", ", ", " \u200B"), (words, gap) => {
        const text = words.join(gap);
        expect(only(text)).toBe(text);
        expect(only(`${text}${gap}France${gap}${text}`)).toBe(`${text}${gap}[a delegation]${gap}${text}`);
      }),
    );
  });
});
