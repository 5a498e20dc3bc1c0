import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ConsensusCall, consensusOutcome } from "./consensus.js";
import { acceptanceKinds } from "./enums.js";
import { expectationStatus, isAdopted } from "./expectation-status.js";
import type { Acceptance } from "./expectations.js";
import { uuid } from "./test-factories.js";

const expectation = { id: uuid(1), version: 2 };
const call = (overrides: Partial<ConsensusCall>): ConsensusCall => ({
  id: uuid(10),
  subject: "expectation",
  itemId: null,
  expectationId: expectation.id,
  expectationVersion: 2,
  text: "Armed group threatens a displacement camp",
  deadlineAt: "2016-11-03T10:05:00.000Z",
  status: "closed",
  outcome: "adopted",
  closedBy: "deadline",
  calledAt: "2016-11-03T10:00:00.000Z",
  closedAt: "2016-11-03T10:05:00.000Z",
  ...overrides,
});
const record = (delegation: number, kind: Acceptance["kind"], version = 2): Acceptance => ({
  id: uuid(100 + delegation),
  expectationId: expectation.id,
  version,
  delegationId: uuid(delegation),
  participantId: uuid(200 + delegation),
  kind,
  caveat: kind === "accepts_with_reservation" ? "Not beyond the sector" : null,
  recordedAt: "2016-11-03T10:06:00.000Z",
});

describe("consensusOutcome", () => {
  it("adopts with no objection or only withdrawn ones", () => {
    expect(consensusOutcome([])).toBe("adopted");
    expect(consensusOutcome([{ status: "withdrawn" }, { status: "withdrawn" }])).toBe("adopted");
  });
  it("does not adopt when one objection stands", () => {
    expect(consensusOutcome([{ status: "withdrawn" }, { status: "standing" }])).toBe("not_adopted");
  });
});

describe("expectationStatus", () => {
  it("is a draft until this version is put to consensus", () => {
    expect(expectationStatus(expectation, [], [])).toBe("draft");
    // A call on an earlier version does not count for the new text.
    expect(expectationStatus(expectation, [call({ expectationVersion: 1 })], [])).toBe("draft");
  });

  it("is proposed while the call is open, not agreed when an objection stood", () => {
    expect(expectationStatus(expectation, [call({ status: "open", outcome: null })], [])).toBe("proposed");
    expect(expectationStatus(expectation, [call({ outcome: "not_adopted" })], [])).toBe("not_agreed");
  });

  it("follows the latest call on the version", () => {
    const failed = call({ id: uuid(11), outcome: "not_adopted", calledAt: "2016-11-03T09:00:00.000Z" });
    expect(expectationStatus(expectation, [call({}), failed], [])).toBe("agreed");
    expect(isAdopted(expectation, [failed])).toBe(false);
  });

  it("is agreed, with reservations, or not agreed by the T/PCC records on the adopted version", () => {
    const adopted = [call({})];
    expect(expectationStatus(expectation, adopted, [record(1, "accepts")])).toBe("agreed");
    expect(expectationStatus(expectation, adopted, [record(1, "accepts"), record(2, "accepts_with_reservation")])).toBe(
      "agreed_with_reservations",
    );
    expect(
      expectationStatus(expectation, adopted, [record(2, "accepts_with_reservation"), record(3, "does_not_accept")]),
    ).toBe("not_agreed");
    // Records on another version do not count.
    expect(expectationStatus(expectation, adopted, [record(3, "does_not_accept", 1)])).toBe("agreed");
  });

  it("property: after adoption the status is decided by the strongest record", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...acceptanceKinds), { maxLength: 20 }), (kinds) => {
        const status = expectationStatus(
          expectation,
          [call({})],
          kinds.map((kind, index) => record(index, kind)),
        );
        if (kinds.includes("does_not_accept")) expect(status).toBe("not_agreed");
        else if (kinds.includes("accepts_with_reservation")) expect(status).toBe("agreed_with_reservations");
        else expect(status).toBe("agreed");
      }),
    );
  });
});
