import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyPatch,
  type ConsultationState,
  collectionNames,
  mergeUpserts,
  type Patch,
  type Snapshot,
  stateFromSnapshot,
} from "./state.js";

const pollId = "00000000-0000-4000-8000-00000000000a";
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const empty: ConsultationState = stateFromSnapshot({
  ...(Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Omit<
    Snapshot,
    "seq" | "consultation"
  >),
  seq: 0,
  consultation: {
    id: uuid(1),
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
});

/** A patch upserting ballots (ids drawn from a small range, so that later ones replace earlier). */
const ballotPatch = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 2 })), { maxLength: 4 })
  .map(
    (ballots): Patch => ({
      upsert: {
        ballots: ballots.map(([delegation, choice]) => ({
          id: uuid(100 + delegation),
          pollId,
          delegationId: uuid(200 + delegation),
          choices: [choice],
          castBy: uuid(300 + delegation),
          castAt: "2016-11-03T10:00:00.000Z",
        })),
      },
    }),
  );

describe("merging upserts", () => {
  it("gives the state that applying the patches one by one gives", () => {
    fc.assert(
      fc.property(fc.array(ballotPatch, { maxLength: 6 }), (patches) => {
        const oneByOne = patches.reduce((state, patch) => applyPatch(state, patch, 1), applyPatch(empty, {}, 1));
        const merged = mergeUpserts(patches);
        expect(merged).not.toBeNull();
        expect(applyPatch(empty, merged as Patch, 1)).toEqual(oneByOne);
      }),
    );
  });

  it("refuses patches whose order against the upserts matters", () => {
    expect(mergeUpserts([{ upsert: { ballots: [] } }, { remove: { ballots: [uuid(101)] } }])).toBeNull();
    expect(mergeUpserts([{ consultation: empty.consultation }])).toBeNull();
  });
});
