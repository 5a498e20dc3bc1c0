import { describe, expect, it } from "vitest";
import { nameRedactor, stricterMode } from "./attribution.js";

const marks = { delegation: "[a delegation]", person: "[a participant]" };

describe("nameRedactor", () => {
  const redact = nameRedactor(
    { delegations: ["Senegal", "United  Kingdom", "China", "中国"], people: ["Fodé Seck", "Li"] },
    marks,
  );

  it("strikes whole names, whatever their case or spacing", () => {
    expect(redact("SENEGAL and the United\nKingdom agree with fodé seck.")).toBe(
      "[a delegation] and the [a delegation] agree with [a participant].",
    );
  });

  it("leaves words that merely contain a name", () => {
    expect(redact("Chinaware and Senegalese views; Lima")).toBe("Chinaware and Senegalese views; Lima");
  });

  it("strikes names in Chinese script anywhere, having no word boundaries", () => {
    expect(redact("我们同意中国的意见")).toBe("我们同意[a delegation]的意见");
  });

  it("skips one-letter names and leaves text without names as it is", () => {
    const none = nameRedactor({ delegations: ["X"], people: [] }, marks);
    expect(none("X marks the spot")).toBe("X marks the spot");
  });
});

describe("stricterMode", () => {
  it("keeps the stricter of two modes", () => {
    expect(stricterMode("on_record", "closed")).toBe("closed");
    expect(stricterMode("chatham_house", "on_record")).toBe("chatham_house");
  });
});
