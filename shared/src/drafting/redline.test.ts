import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redline, redlineSide } from "./redline.js";

describe("redline between two versions of a paragraph", () => {
  it("shows an insertion as inserted words between shared text", () => {
    expect(
      redline("Requests the mission to protect civilians.", "Requests the mission to protect civilians under threat."),
    ).toEqual([
      { op: "equal", text: "Requests the mission to protect civilians" },
      { op: "insert", text: " under threat" },
      { op: "equal", text: "." },
    ]);
  });

  it("shows a deletion as deleted words", () => {
    expect(
      redline("Condemns all attacks on civilians and peacekeepers.", "Condemns all attacks on civilians."),
    ).toEqual([
      { op: "equal", text: "Condemns all attacks on civilians" },
      { op: "delete", text: " and peacekeepers" },
      { op: "equal", text: "." },
    ]);
    expect(redline("Condemns all [deliberate] attacks.", "Condemns all attacks.")).toEqual([
      { op: "equal", text: "Condemns all " },
      { op: "delete", text: "[deliberate] " },
      { op: "equal", text: "attacks." },
    ]);
  });

  it("shows a replacement as the old words deleted, then the new ones inserted", () => {
    expect(redline("Calls for robust action.", "Calls for effective action.")).toEqual([
      { op: "equal", text: "Calls for " },
      { op: "delete", text: "robust" },
      { op: "insert", text: "effective" },
      { op: "equal", text: " action." },
    ]);
  });

  it("reads changes a single shared word apart as one replacement", () => {
    expect(
      redline(
        "Requests the mission to protect civilians [by all necessary means].",
        "Requests the mission to protect civilians [using all means within its capabilities].",
      ),
    ).toEqual([
      { op: "equal", text: "Requests the mission to protect civilians [" },
      { op: "delete", text: "by all necessary means" },
      { op: "insert", text: "using all means within its capabilities" },
      { op: "equal", text: "]." },
    ]);
  });

  it("finds words in scripts without spaces", () => {
    expect(redline("安理会要求采取行动。", "安理会强烈要求采取行动。")).toEqual([
      { op: "equal", text: "安理会" },
      { op: "insert", text: "强烈" },
      { op: "equal", text: "要求采取行动。" },
    ]);
  });

  it("is all equal between identical versions (a change of state alone)", () => {
    expect(redline("Agreed text.", "Agreed text.")).toEqual([{ op: "equal", text: "Agreed text." }]);
  });

  it("always rebuilds both versions exactly", () => {
    const words = fc.array(
      fc.constantFrom("the", "Council", "[robust]", "protect", " ", ",", "civilians", "\n", "مدنيين"),
      {
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(words, words, (a, b) => {
        const older = a.join(" ");
        const newer = b.join(" ");
        const segments = redline(older, newer);
        expect(redlineSide(segments, "older")).toBe(older);
        expect(redlineSide(segments, "newer")).toBe(newer);
      }),
    );
  });
});
