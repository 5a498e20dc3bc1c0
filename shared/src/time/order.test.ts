import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byTime, byTimeLatestFirst, compareInstants, sortedByTime } from "./order.js";

const moment = fc.option(
  fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
  { nil: null },
);
const entity = fc.record({ id: fc.constantFrom("a", "b", "c", "d"), at: moment });
type Entity = { id: string; at: Date | null };
const iso = (e: Entity) => e.at?.toISOString() ?? null;

describe("ordering by time", () => {
  it("puts a missing moment first, then earlier before later, then ties by id", () => {
    const list = [
      { id: "b", at: "2016-11-03T10:00:01.000Z" },
      { id: "c", at: null },
      { id: "a", at: "2016-11-03T10:00:01.000Z" },
      { id: "d", at: "2016-11-03T09:59:59.999Z" },
    ];
    expect(list.sort(byTime((e) => e.at)).map((e) => e.id)).toEqual(["c", "d", "a", "b"]);
  });

  it("reads the same moment alike whatever its spelling", () => {
    expect(compareInstants("2016-11-03T12:00:00+02:00", "2016-11-03T10:00:00.000Z")).toBe(0);
    expect(compareInstants(new Date("2016-11-03T10:00:00Z"), "2016-11-03T10:00:00.000Z")).toBe(0);
  });

  it("is a total order: antisymmetric, transitive, and zero only for the same moment and id", () => {
    fc.assert(
      fc.property(entity, entity, entity, (a, b, c) => {
        const compare = byTime<Entity>((e) => e.at);
        expect(Math.sign(compare(a, b)) + Math.sign(compare(b, a))).toBe(0);
        if (compare(a, b) <= 0 && compare(b, c) <= 0) expect(compare(a, c)).toBeLessThanOrEqual(0);
        if (compare(a, b) === 0) expect([a.id, a.at?.getTime()]).toEqual([b.id, b.at?.getTime()]);
      }),
    );
  });

  it("orders Dates and their ISO strings the same way, the server's and a screen's lists agreeing", () => {
    fc.assert(
      fc.property(fc.array(entity, { maxLength: 12 }), (list) => {
        const fromDates = [...list].sort(byTime<Entity>((e) => e.at));
        const fromStrings = [...list].sort(byTime<Entity>(iso));
        expect(fromStrings.map((e) => [e.id, iso(e)])).toEqual(fromDates.map((e) => [e.id, iso(e)]));
        const latest = [...list].sort(byTimeLatestFirst<Entity>((e) => e.at));
        expect(latest.map((e) => [e.id, iso(e)])).toEqual([...fromDates].reverse().map((e) => [e.id, iso(e)]));
      }),
    );
  });

  it("sorts a list as its comparator does when each moment is read once", () => {
    fc.assert(
      fc.property(fc.array(entity, { maxLength: 30 }), (list) => {
        const compared = [...list].sort(byTime<Entity>(iso));
        expect(sortedByTime(list, iso).map((e) => [e.id, iso(e)])).toEqual(compared.map((e) => [e.id, iso(e)]));
      }),
    );
  });
});
