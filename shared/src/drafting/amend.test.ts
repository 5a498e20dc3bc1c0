import { describe, expect, it } from "vitest";
import { applyChange, occurrences, orderParagraphs } from "./amend.js";
import { bracket, bracketsBalanced, hasBrackets } from "./brackets.js";
import { numberParagraphs } from "./numbering.js";

const text = "Requests the mission to protect civilians [by all necessary means].";

describe("amendments applied to a paragraph", () => {
  it("replaces the passage quoted", () => {
    expect(
      applyChange(text, { kind: "replace", passage: "by all necessary means", text: "within capabilities" }),
    ).toEqual({
      ok: true,
      text: "Requests the mission to protect civilians [within capabilities].",
    });
  });

  it("inserts after the passage quoted, or at the start, spacing words", () => {
    expect(
      applyChange(text, { kind: "insert", passage: "protect civilians", text: "under threat of physical violence" }),
    ).toEqual({
      ok: true,
      text: "Requests the mission to protect civilians under threat of physical violence [by all necessary means].",
    });
    expect(applyChange("Welcomes the report.", { kind: "insert", passage: "", text: "Warmly" })).toEqual({
      ok: true,
      text: "Warmly Welcomes the report.",
    });
    expect(
      applyChange("Welcomes the report.", { kind: "insert", passage: "report", text: ", and its recommendations" }),
    ).toEqual({
      ok: true,
      text: "Welcomes the report, and its recommendations.",
    });
  });

  it("deletes the passage quoted and closes the gap", () => {
    expect(applyChange(text, { kind: "delete", passage: "[by all necessary means]", text: "" })).toEqual({
      ok: true,
      text: "Requests the mission to protect civilians.",
    });
    expect(applyChange("Strongly urges all parties.", { kind: "delete", passage: "Strongly ", text: "" })).toEqual({
      ok: true,
      text: "urges all parties.",
    });
  });

  it("replaces the whole paragraph with an alternative", () => {
    expect(applyChange(text, { kind: "alternative", passage: "", text: " Alt wording. " })).toEqual({
      ok: true,
      text: "Alt wording.",
    });
  });

  it("refuses a passage that is missing or occurs more than once", () => {
    expect(applyChange(text, { kind: "replace", passage: "robust", text: "x" })).toEqual({
      ok: false,
      reason: "passage_missing",
    });
    expect(applyChange("the mission and the Council", { kind: "delete", passage: "the", text: "" })).toEqual({
      ok: false,
      reason: "passage_ambiguous",
    });
    expect(occurrences("aaaa", "aa")).toBe(2);
  });
});

describe("brackets", () => {
  it("marks what is not yet agreed, balanced and possibly nested", () => {
    expect(hasBrackets(text)).toBe(true);
    expect(hasBrackets("Agreed.")).toBe(false);
    expect(bracketsBalanced("[[all] necessary means]")).toBe(true);
    expect(bracketsBalanced("][")).toBe(false);
    expect(bracketsBalanced("[open")).toBe(false);
    expect(bracket("robust")).toBe("[robust]");
    expect(bracket("[robust]")).toBe("[robust]");
  });
});

describe("UN numbering", () => {
  it("numbers preambular paragraphs first (PP), then operative ones (OP), each from 1", () => {
    const paragraphs = [
      { id: "c", kind: "operative" as const, position: 0 },
      { id: "a", kind: "preambular" as const, position: 5 },
      { id: "d", kind: "operative" as const, position: 2 },
      { id: "b", kind: "preambular" as const, position: 7 },
    ];
    expect(orderParagraphs(paragraphs).map((p) => p.id)).toEqual(["a", "b", "c", "d"]);
    const numbers = numberParagraphs(paragraphs);
    expect([...numbers.entries()].map(([id, n]) => `${id}=${n.label}`)).toEqual(["a=PP1", "b=PP2", "c=OP1", "d=OP2"]);
  });
});

describe("a passage selected in the text", () => {
  const text = "Calls on the parties to respect the ceasefire.";
  it("applies where it was selected, even where the words recur", () => {
    const at = text.lastIndexOf("the");
    expect(applyChange(text, { kind: "replace", passage: "the", text: "a", at })).toEqual({
      ok: true,
      text: "Calls on the parties to respect a ceasefire.",
    });
  });
  it("is refused once the text no longer holds it at that place", () => {
    expect(applyChange(text, { kind: "delete", passage: "the", text: "", at: 3 })).toEqual({
      ok: false,
      reason: "passage_moved",
    });
  });
});
