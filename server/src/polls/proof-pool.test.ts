import { aggregate, combinePublicKey, makeTrusteeKey, sealBallot } from "@trilogue/shared";
import { sealCompactBallot } from "@trilogue/shared/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createProofPool } from "./proof-pool.js";

describe("the proof pool", () => {
  const pool = createProofPool(2);
  afterAll(() => pool.close());

  it("checks ballots in worker threads with the shared checks", async () => {
    const pollId = "00000000-0000-4000-8000-000000000001";
    const publicKey = combinePublicKey([makeTrusteeKey(pollId, "chair").share.publicShare]);
    const frame = { pollId, publicKey, optionCount: 3, maxChoices: 1 };
    const good = sealBallot(frame, [1]);
    const [first, second] = good.proofs;
    if (!first || !second) throw new Error("no proofs");
    const swapped = { ...good, proofs: [second, first, ...good.proofs.slice(2)] };
    const faults = await Promise.all([
      pool.fault(frame, good),
      pool.fault(frame, swapped),
      pool.fault({ ...frame, pollId: "00000000-0000-4000-8000-000000000000" }, good),
      ...Array.from({ length: 6 }, () => pool.fault(frame, sealBallot(frame, [0]))),
    ]);
    expect(faults[0]).toBeNull();
    expect(faults[1]).toMatch(/option 1 holds 0 or 1 does not verify/);
    expect(faults[2]).toMatch(/does not verify/);
    expect(faults.slice(3)).toEqual(Array.from({ length: 6 }, () => null));
  }, 30_000);

  it("checks a batch in one message per worker, one verdict per ballot, a bad one spoiling none other", async () => {
    const pollId = "00000000-0000-4000-8000-000000000002";
    const publicKey = combinePublicKey([makeTrusteeKey(pollId, "chair").share.publicShare]);
    const frame = { pollId, publicKey, optionCount: 2, maxChoices: 1 };
    const batch = Array.from({ length: 7 }, (_, i) => sealBallot(frame, [i % 2]));
    const bad = sealBallot({ ...frame, maxChoices: 2 }, [0, 1]);
    const faults = await pool.faults(frame, [...batch.slice(0, 3), bad, ...batch.slice(3)]);
    expect(faults).toHaveLength(8);
    expect(faults[3]).toMatch(/does not verify/);
    expect(faults.filter((fault) => fault === null)).toHaveLength(7);
    expect(await pool.faults(frame, [])).toEqual([]);
  }, 30_000);

  it("checks together the ballots queued for one worker, naming only the forged one, compact ones alone", async () => {
    const single = createProofPool(1);
    try {
      const pollId = "00000000-0000-4000-8000-000000000003";
      const publicKey = combinePublicKey([makeTrusteeKey(pollId, "chair").share.publicShare]);
      const frame = { pollId, publicKey, optionCount: 3, maxChoices: 1 };
      const good = Array.from({ length: 9 }, (_, i) => sealBallot(frame, [i % 3]));
      const victim = good[6];
      const [first, second] = victim?.proofs ?? [];
      if (!victim || !first || !second) throw new Error("no proofs");
      const forged = { ...victim, proofs: [second, first, ...victim.proofs.slice(2)] };
      const sent = [...good.slice(0, 6), forged, ...good.slice(7), sealCompactBallot(frame, [2])];
      // One ballot per message, as each delegation's ballot arrives: the worker drains its queue.
      const faults = await Promise.all(sent.map((ballot) => single.fault(frame, ballot)));
      expect(faults[6]).toMatch(/option 1 holds 0 or 1 does not verify/);
      expect(faults.filter((fault) => fault === null)).toHaveLength(sent.length - 1);
    } finally {
      await single.close();
    }
  }, 30_000);

  it("sums a closing poll's ballots split among the workers to the very aggregates of one sum", async () => {
    const pollId = "00000000-0000-4000-8000-000000000004";
    const chair = makeTrusteeKey(pollId, "chair");
    const publicKey = combinePublicKey([chair.share.publicShare]);
    const frame = { pollId, publicKey, optionCount: 3, maxChoices: 1 };
    const ballots = Array.from({ length: 11 }, (_, i) => ({
      group: i % 3 === 0 ? (["council"] as const) : (["tpcc"] as const),
      ballot: sealBallot(frame, [i % 3]),
    }));
    const scopes = ["all", "council", "tpcc"] as const;
    // Warm first: the rehearsal is a task like any other and answers nothing of the poll.
    pool.warm(frame);
    const split = await pool.aggregate(3, ballots, scopes);
    expect(split).toEqual(aggregate(3, ballots, scopes));
    expect(split.map(({ scope }) => scope)).toEqual(["all", "council", "tpcc"]);
    // The same ballots as their board entries' JSON, parsed in the workers.
    const entries = ballots.map((entry, i) => JSON.stringify({ tracker: `t${i}`, ...entry }));
    expect(await pool.aggregate(3, entries, scopes)).toEqual(split);
    expect(await pool.aggregate(3, [], ["all"])).toEqual(aggregate(3, [], ["all"]));
    // The tally's counts, combined in a worker: 4, 4 and 3 in all, the council's 4 all for the first.
    const partials = [await pool.decryptShare(pollId, "chair", chair.secret, split)];
    expect(await pool.combine(split, partials, ballots.length)).toEqual([
      { scope: "all", counts: [4, 4, 3] },
      { scope: "council", counts: [4, 0, 0] },
      { scope: "tpcc", counts: [0, 4, 3] },
    ]);
    await expect(pool.combine(split, [], 1)).rejects.toThrow(/does not decrypt to a count/);
  }, 30_000);
});
