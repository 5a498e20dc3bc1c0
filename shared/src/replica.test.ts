import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ConsultationEvent, headFingerprint } from "./log.js";
import { Replica } from "./replica.js";
import { collectionNames, type Snapshot } from "./state.js";

const snapshot = {
  ...(Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Omit<
    Snapshot,
    "seq" | "consultation"
  >),
  seq: 0,
  consultation: {
    id: "00000000-0000-4000-8000-000000000001",
    title: "POC",
    missionContext: "",
    date: "2016-11-03",
    languages: ["en"],
    workingLanguage: "en",
    confidentiality: "on_record",
    status: "live",
    decisionRule: "council_decides",
    createdAt: "2016-11-03T10:00:00.000Z",
  },
} satisfies Snapshot;

/** Event n upserts a delegation named after n, so the final state shows which were applied. */
const event = (seq: number): ConsultationEvent => ({
  seq,
  type: "delegation:registered",
  at: "2016-11-03T10:00:00.000Z",
  actorId: null,
  patch: {
    upsert: {
      delegations: [
        {
          id: `00000000-0000-4000-8000-${String(seq).padStart(12, "0")}`,
          name: `D${seq}`,
          countryCode: null,
          constituencies: ["tpcc"],
        },
      ],
    },
  },
});

describe("the replica", () => {
  it("applies every event once and in order, whatever order and duplication they arrive in", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.shuffledSubarray(
              [...Array(n).keys()].map((i) => i + 1),
              { minLength: n, maxLength: n },
            ),
            fc.array(fc.integer({ min: 1, max: n })),
          ),
        ),
        ([n, order, duplicates]) => {
          const replica = new Replica();
          replica.applySync({ kind: "snapshot", snapshot });
          const applied: number[] = [];
          for (const seq of [...order, ...duplicates]) applied.push(...replica.receive([event(seq)]).map((e) => e.seq));
          expect(applied).toEqual([...Array(n).keys()].map((i) => i + 1));
          expect(replica.seq).toBe(n);
          expect(replica.hasGap).toBe(false);
          expect(Object.keys(replica.state?.delegations ?? {})).toHaveLength(n);
        },
      ),
    );
  });

  it("holds events that arrive before the snapshot, and drops those the snapshot covers", () => {
    const replica = new Replica();
    expect(replica.receive([event(2), event(3)])).toEqual([]);
    replica.applySync({ kind: "snapshot", snapshot: { ...snapshot, seq: 2 } });
    expect(replica.seq).toBe(3);
    expect(Object.keys(replica.state?.delegations ?? {})).toHaveLength(1);
  });

  it("reports a gap until the missing event arrives", () => {
    const replica = new Replica();
    replica.applySync({ kind: "snapshot", snapshot });
    replica.receive([event(2)]);
    expect(replica.hasGap).toBe(true);
    expect(replica.seq).toBe(0);
    replica.applySync({ kind: "events", events: [event(1)] });
    expect(replica.seq).toBe(2);
    expect(replica.hasGap).toBe(false);
  });

  it("holds the head hash it has seen: the snapshot's, then each applied event's", () => {
    const hashOf = (n: number) => String(n).repeat(64).slice(0, 64);
    const replica = new Replica();
    replica.applySync({ kind: "snapshot", snapshot: { ...snapshot, headHash: hashOf(9) } });
    expect(replica.headHash).toBe(hashOf(9));
    replica.receive([{ ...event(2), hash: hashOf(2) }]);
    expect(replica.headHash).toBe(hashOf(9));
    replica.receive([{ ...event(1), hash: hashOf(1) }]);
    expect(replica.headHash).toBe(hashOf(2));
  });
});

describe("the head fingerprint", () => {
  it("is the first 8 hex digits in two groups of 4", () => {
    expect(headFingerprint("f3f3a41d6d3825d1d07105ff2ccf54930d21e96eda38e3d7184267eeec7f8d3a")).toBe("f3f3 a41d");
  });
});
