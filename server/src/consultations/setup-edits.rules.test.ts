import { describe, expect, it } from "vitest";
import { DomainError } from "../core/errors.js";
import { assertDelegationEditable, assertItemEditable } from "./setup-edits.rules.js";

const reasonOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.reason?.code : "not a refusal";
  }
};

describe("what the operator may still correct", () => {
  it("a delegation, until anything has been said or the consultation is closed", () => {
    expect(reasonOf(() => assertDelegationEditable("live", false))).toBeNull();
    expect(reasonOf(() => assertDelegationEditable("live", true))).toBe("delegation_on_record");
    expect(reasonOf(() => assertDelegationEditable("closed", false))).toBe("consultation_closed");
  });

  it("an item's words while it is pending, its times until it is concluded", () => {
    expect(reasonOf(() => assertItemEditable("live", { status: "pending" }, { title: "New" }))).toBeNull();
    expect(reasonOf(() => assertItemEditable("live", { status: "open" }, { question: "Why?" }))).toBe(
      "item_text_on_record",
    );
    expect(reasonOf(() => assertItemEditable("live", { status: "open" }, { timeBoxSeconds: 600 }))).toBeNull();
    expect(reasonOf(() => assertItemEditable("live", { status: "concluded" }, { speakingTimeSeconds: 60 }))).toBe(
      "item_concluded",
    );
    expect(reasonOf(() => assertItemEditable("closed", { status: "pending" }, { title: "New" }))).toBe(
      "consultation_closed",
    );
  });
});
