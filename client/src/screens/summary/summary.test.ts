import { describe, expect, it } from "vitest";
import { id } from "../../test/fixtures";
import { emptyRow, formOf, narrativeOf, sameNarrative } from "./narrative-form";

describe("the narrative form", () => {
  const narrative = {
    overview: "The Working Group met.",
    items: [{ itemId: id(101), summary: "Broad support." }],
    followUp: [{ action: "Circulate the summary", responsible: "Secretariat" }],
  };

  it("round-trips a narrative, leaving out empty summaries, empty actions and items no longer on the agenda", () => {
    const form = formOf(narrative);
    expect(narrativeOf(form, [id(101), id(102)])).toEqual(narrative);
    const edited = {
      ...form,
      items: { ...form.items, [id(102)]: "  ", [id(999)]: "gone" },
      followUp: [...form.followUp, emptyRow()],
    };
    expect(narrativeOf(edited, [id(101), id(102)])).toEqual(narrative);
  });

  it("tells unsaved changes apart", () => {
    const form = formOf(narrative);
    const ids = [id(101)];
    expect(sameNarrative(narrativeOf(form, ids), narrative)).toBe(true);
    expect(sameNarrative(narrativeOf({ ...form, overview: "Changed." }, ids), narrative)).toBe(false);
  });
});
