import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constituencies } from "../domain/enums.js";
import { stances } from "./enums.js";
import { positionBreakdown } from "./position-breakdown.js";
import type { Position } from "./positions.js";
import { buildDelegation, uuid } from "./test-factories.js";

const item = uuid(900);
const position = (delegation: number, stance: Position["stance"], version = 1, itemId = item): Position => ({
  id: uuid(500 + delegation),
  itemId,
  delegationId: uuid(delegation),
  stance,
  statement: "",
  version,
  publishedBy: uuid(700),
  publishedAt: "2016-11-03T10:00:00.000Z",
});

describe("positionBreakdown", () => {
  const senegal = buildDelegation(1, ["council", "tpcc"]);
  const france = buildDelegation(2, ["council"]);
  const india = buildDelegation(3, ["tpcc"]);
  const au = buildDelegation(4, ["observer"]);
  const delegations = [senegal, france, india, au];

  it("counts a dual member in both constituencies and once overall", () => {
    const breakdown = positionBreakdown([position(1, "supports"), position(2, "opposes")], delegations, item);
    expect(breakdown.total).toBe(2);
    expect(breakdown.overall).toEqual({ supports: 1, supports_with_reservations: 0, neutral: 0, opposes: 1 });
    expect(breakdown.byConstituency.council).toMatchObject({ supports: 1, opposes: 1 });
    expect(breakdown.byConstituency.tpcc).toMatchObject({ supports: 1, opposes: 0 });
    expect(breakdown.byConstituency.host.supports).toBe(0);
  });

  it("counts the latest version only, ignores other items and unknown delegations", () => {
    const breakdown = positionBreakdown(
      [
        position(3, "opposes", 2),
        position(3, "supports", 1),
        position(2, "neutral", 1, uuid(901)),
        position(99, "supports"),
      ],
      delegations,
      item,
    );
    expect(breakdown.total).toBe(1);
    expect(breakdown.overall.opposes).toBe(1);
    expect(breakdown.overall.supports).toBe(0);
  });

  it("shows observers' positions in their own constituency (a position is not a vote)", () => {
    const breakdown = positionBreakdown([position(4, "supports_with_reservations")], delegations, item);
    expect(breakdown.byConstituency.observer.supports_with_reservations).toBe(1);
    expect(breakdown.overall.supports_with_reservations).toBe(1);
  });

  it("property: each delegation counts once overall and once per constituency it belongs to", () => {
    const arbitraryDelegations = fc.array(fc.subarray([...constituencies], { minLength: 1 }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        arbitraryDelegations,
        fc.array(fc.tuple(fc.nat(20), fc.constantFrom(...stances), fc.integer({ min: 1, max: 5 })), { maxLength: 40 }),
        (sets, entries) => {
          const ds = sets.map((set, index) => buildDelegation(index, set));
          const positions = entries.map(([d, stance, version]) => position(d % ds.length, stance, version));
          const breakdown = positionBreakdown(positions, ds, item);
          const stated = new Set(positions.map((p) => p.delegationId));
          expect(breakdown.total).toBe(stated.size);
          expect(Object.values(breakdown.overall).reduce((a, b) => a + b, 0)).toBe(stated.size);
          for (const c of constituencies) {
            const members = ds.filter((d) => d.constituencies.includes(c) && stated.has(d.id)).length;
            expect(Object.values(breakdown.byConstituency[c]).reduce((a, b) => a + b, 0)).toBe(members);
          }
        },
      ),
    );
  });
});
