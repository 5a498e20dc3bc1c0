import { describe, expect, it } from "vitest";
import { positionBreakdown } from "../decisions/position-breakdown.js";
import type { Position } from "../decisions/positions.js";
import { buildDelegation, uuid } from "../decisions/test-factories.js";
import type { CoSignature, JointStatement } from "./entities.js";
import { coSignatoriesOf, positionsWithCoSignatories } from "./joint.js";
import { hiddenConstituencies, maskBreakdown } from "./privacy.js";

const at = "2016-11-03T10:00:00.000Z";
const item = uuid(900);
const senegal = buildDelegation(1, ["council", "tpcc"]);
const ethiopia = buildDelegation(2, ["tpcc"]);
const ghana = buildDelegation(3, ["tpcc"]);
const southSudan = buildDelegation(4, ["host"]);
const position: Position = {
  id: uuid(10),
  itemId: item,
  delegationId: senegal.id,
  stance: "supports",
  statement: "On behalf of the African Group.",
  version: 1,
  publishedBy: uuid(20),
  publishedAt: at,
};
const joint: JointStatement = {
  id: uuid(30),
  subject: "position",
  subjectId: position.id,
  subjectVersion: 1,
  itemId: item,
  sponsorDelegationId: senegal.id,
  onBehalfOf: "the African Group",
  createdBy: uuid(20),
  createdAt: at,
};
const signature = (n: number, delegationId: string, status: CoSignature["status"]): CoSignature => ({
  id: uuid(40 + n),
  jointId: joint.id,
  delegationId,
  status,
  invitedAt: at,
  decidedBy: null,
  decidedAt: null,
});

describe("joint positions", () => {
  const delegations = [senegal, ethiopia, ghana, southSudan];
  const tpccSupports = (signatures: CoSignature[], positions: Position[] = [position]) =>
    positionBreakdown(positionsWithCoSignatories(positions, [joint], signatures), delegations, item).byConstituency.tpcc
      .supports;

  it("counts for a co-signatory only once it has confirmed", () => {
    expect(tpccSupports([signature(1, ethiopia.id, "pending"), signature(2, ghana.id, "declined")])).toBe(1);
    expect(tpccSupports([signature(1, ethiopia.id, "confirmed"), signature(2, ghana.id, "declined")])).toBe(2);
  });

  it("lets a co-signatory's own position win, and lapses when the sponsor revises", () => {
    const own: Position = { ...position, id: uuid(11), delegationId: ethiopia.id, stance: "opposes" };
    const breakdown = positionBreakdown(
      positionsWithCoSignatories([position, own], [joint], [signature(1, ethiopia.id, "confirmed")]),
      delegations,
      item,
    );
    expect(breakdown.byConstituency.tpcc).toMatchObject({ supports: 1, opposes: 1 });
    expect(tpccSupports([signature(1, ethiopia.id, "confirmed")], [{ ...position, version: 2 }])).toBe(1);
  });

  it("sorts co-signatories by their answer", () => {
    expect(
      coSignatoriesOf(joint.id, [signature(1, ethiopia.id, "confirmed"), signature(2, ghana.id, "pending")]),
    ).toEqual({
      pending: [ghana.id],
      confirmed: [ethiopia.id],
      declined: [],
    });
  });
});

describe("single-delegation constituencies", () => {
  it("are hidden from breakdowns unless the chair allows them", () => {
    const delegations = [senegal, ethiopia, southSudan, buildDelegation(5, ["observer"])];
    expect([...hiddenConstituencies(delegations, [])].sort()).toEqual(["council", "host", "observer"]);
    expect([...hiddenConstituencies(delegations, [{ id: "host" }])].sort()).toEqual(["council", "observer"]);
    const hostPosition: Position = { ...position, id: uuid(12), delegationId: southSudan.id, stance: "opposes" };
    const masked = maskBreakdown(positionBreakdown([position, hostPosition], delegations, item), new Set(["host"]));
    expect(masked.byConstituency.host).toBeNull();
    expect(masked.overall.opposes).toBe(1);
    expect(masked.byConstituency.tpcc).toMatchObject({ supports: 1 });
  });
});
