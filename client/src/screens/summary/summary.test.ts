import { Replica } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { event, id, item, snapshot } from "../../test/fixtures";
import { emptyRow, formOf, narrativeOf, sameNarrative } from "./narrative-form";
import { advancedWithoutChange } from "./summary-signal";

describe("the summary's refresh signal", () => {
  it("fires for an event with an empty patch, not for one that changed the state", () => {
    const replica = new Replica();
    replica.applySync({ kind: "snapshot", snapshot: snapshot(3) });
    const before = replica.state;
    replica.receive([event(4, {}, "summary:draft-edited")]);
    const afterSummary = replica.state;
    expect(advancedWithoutChange(before, afterSummary)).toBe(true);
    replica.receive([event(5, { upsert: { items: [item(3)] } })]);
    expect(advancedWithoutChange(afterSummary, replica.state)).toBe(false);
    expect(advancedWithoutChange(null, replica.state)).toBe(false);
    expect(advancedWithoutChange(replica.state, replica.state)).toBe(false);
  });
});

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
