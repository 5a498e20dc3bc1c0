import {
  type Board,
  BoardFollower,
  boardHash,
  boardJson,
  boardPartSchema,
  sealBallot,
  trackerOf,
  verifyBoard,
} from "@trilogue/shared";
import { honestBoard, sealCompactBallot } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { type BoardSource, boardHashOf, boardJsonOf, followedBoard, trackerOfSealed } from "./board-cache.js";

describe("the server's native hashes", () => {
  it("is the shared boardHash, the one browsers and verify-poll compute, non-ASCII text included", () => {
    const board = honestBoard({ optionCount: 2, maxChoices: 1, voters: [{ group: ["council"], choices: [1] }] });
    const json = boardJson({ ...board, question: "Sécurité — 安全 — أمن?", options: ["oui", "нет"] });
    expect(boardHashOf(json)).toBe(boardHash(json));
    // And each ballot's tracker, committed or compact.
    const frame = { pollId: board.pollId, publicKey: board.publicKey ?? "", optionCount: 2, maxChoices: 1 };
    for (const ballot of [board.ballots[0]?.ballot, sealCompactBallot(frame, [0])])
      expect(ballot && trackerOfSealed(ballot)).toBe(ballot && trackerOf(ballot));
  }, 30_000);
});

describe("a board followed in parts", () => {
  const board = honestBoard({
    pollId: "00000000-0000-4000-8000-0000000000f1",
    optionCount: 3,
    maxChoices: 1,
    voters: [0, 1, 2, 0, 1, 2].map((choice, i) => ({ group: [i % 2 ? "council" : "tpcc"], choices: [choice] })),
  });
  const open = { ...board, aggregates: null, partials: [], result: null };
  /** A source whose ballots are those listed in `shown` (and whose head is `head`), as a poll's rows would be. */
  const sourceOf = (shown: { ballots: Board["ballots"]; head: Board }): BoardSource => ({
    trackers: async () => shown.ballots.map((entry) => entry.tracker),
    entries: async (trackers) => shown.ballots.filter((entry) => trackers.includes(entry.tracker)),
    head: async () => shown.head,
  });
  const text = async (served: Promise<{ bytes: Buffer }>) => (await served).bytes.toString("utf8");
  const part = async (served: Promise<{ bytes: Buffer }>) => boardPartSchema.parse(JSON.parse(await text(served)));

  it("gives each reader what it lacks, and the parts add up to the board whose hash the room is given", async () => {
    const shown: { ballots: Board["ballots"]; head: Board } = {
      ballots: board.ballots.slice(0, 2),
      head: { ...open, turnout: 2 },
    };
    const source = sourceOf(shown);
    const follower = new BoardFollower();
    let now = 1_000;
    const first = await part(followedBoard(board.pollId, "open", "", source, now));
    expect(first).toMatchObject({ reset: true, removed: [] });
    expect(follower.apply(first)).toBe(2);
    // Within a second, the same board; then the new ballots only, and one replaced.
    shown.ballots = board.ballots.slice(1, 5);
    expect((await part(followedBoard(board.pollId, "open", follower.cursor, source, now + 10))).board.ballots).toEqual(
      [],
    );
    now += 2_000;
    const second = await part(followedBoard(board.pollId, "open", follower.cursor, source, now));
    expect(second.removed).toEqual([board.ballots[0]?.tracker]);
    expect(second.board.ballots).toHaveLength(3);
    expect(follower.apply(second)).toBe(4);
    // An unknown cursor gets everything again.
    expect(await part(followedBoard(board.pollId, "open", "elsewhere.3", source, now + 10))).toMatchObject({
      reset: true,
    });
    // Tallied: the last part, the trustees' work, and the board as the tally hashed it.
    shown.ballots = board.ballots;
    shown.head = board;
    const last = await part(followedBoard(board.pollId, "tallied", follower.cursor, source, now + 20));
    expect(last.board.ballots).toHaveLength(2);
    follower.apply(last);
    const { verdict, hash } = follower.verify();
    expect(verdict).toMatchObject({ ok: true, complete: true });
    expect(hash).toBe(boardHash(boardJson(board)));
    expect(await text(followedBoard(board.pollId, "tallied", null, source, now + 30))).toBe(boardJson(board));
    // verify-poll's verdict on the board read whole is the same.
    expect(verifyBoard(JSON.parse(boardJson(board)))).toEqual(verdict);
    // A head alone, for a trustee.
    expect((await part(followedBoard(board.pollId, "tallied", "head", source, now + 40))).board).toMatchObject({
      ballots: [],
      aggregates: board.aggregates,
    });
  }, 60_000);

  it("writes at the tally the very bytes of boardJson from the entries followed, reading again a ballot whose group changed", async () => {
    const pollId = "00000000-0000-4000-8000-0000000000f2";
    const tallied = { ...board, pollId };
    const reads: string[][] = [];
    const entries: BoardSource["entries"] = async (trackers) => {
      reads.push([...trackers]);
      return tallied.ballots.filter((entry) => trackers.includes(entry.tracker));
    };
    const counted = tallied.ballots.map(({ tracker, group }) => ({ tracker, group }));
    // Nothing followed yet: every ballot is read.
    expect(await boardJsonOf(pollId, tallied, counted, entries)).toBe(boardJson(tallied));
    expect(reads.pop()).toHaveLength(tallied.ballots.length);
    // Followed while open: nothing is read again.
    const source = { ...sourceOf({ ballots: tallied.ballots, head: { ...open, pollId } }), entries };
    await followedBoard(pollId, "open", "", source, 5_000);
    reads.length = 0;
    expect(await boardJsonOf(pollId, tallied, counted, entries)).toBe(boardJson(tallied));
    expect(reads).toEqual([[]]);
    // A delegation's constituencies changed since: its ballot is read again, with its group as it is now.
    const [first, ...others] = tallied.ballots;
    if (!first) throw new Error("no ballot");
    const regrouped = { ...tallied, ballots: [{ ...first, group: ["host" as const] }, ...others] };
    const regroupedEntries: BoardSource["entries"] = async (trackers) => {
      reads.push([...trackers]);
      return regrouped.ballots.filter((entry) => trackers.includes(entry.tracker));
    };
    const now = regrouped.ballots.map(({ tracker, group }) => ({ tracker, group }));
    expect(await boardJsonOf(pollId, regrouped, now, regroupedEntries)).toBe(boardJson(regrouped));
    expect(reads.pop()).toEqual([first.tracker]);
    // Ballots the cache holds need no read; one neither held nor read is an error, never a board without it.
    await expect(boardJsonOf(pollId, tallied, counted, async () => [])).resolves.toBe(boardJson(tallied));
    await expect(boardJsonOf("00000000-0000-4000-8000-0000000000f3", tallied, counted, async () => [])).rejects.toThrow(
      /could not be read/,
    );
  }, 60_000);

  it("names at the close a forged ballot taken in while open, and a board that parts do not add up to", async () => {
    const frame = { pollId: board.pollId, publicKey: board.publicKey ?? "", optionCount: 3, maxChoices: 1 };
    const good = sealBallot(frame, [1]);
    const [p0, p1, ...rest] = good.proofs;
    if (!p0 || !p1) throw new Error("no proofs");
    const forged = { ...good, proofs: [p1, p0, ...rest] };
    const entry = { tracker: trackerOf(forged), group: ["host" as const], ballot: forged };
    const ballots = [...board.ballots, entry].sort((x, y) => (x.tracker < y.tracker ? -1 : 1));
    const follower = new BoardFollower();
    const partOf = (list: Board["ballots"], head: Board) => ({
      version: "trilogue-board-part-v1" as const,
      cursor: "c",
      reset: false,
      removed: [],
      board: JSON.parse(JSON.stringify({ ...head, ballots: list })),
    });
    expect(follower.apply(partOf(ballots, { ...open, turnout: ballots.length }))).toBe(board.ballots.length);
    follower.apply(partOf([], { ...board, turnout: ballots.length }));
    expect(follower.verify().verdict).toMatchObject({
      ok: false,
      reason: { code: "ballot", values: { tracker: entry.tracker } },
    });
    // A ballot the parts never gave: the board does not verify (turnout), or does not hash to the room's.
    const missing = new BoardFollower();
    missing.apply(partOf(board.ballots.slice(1), { ...open, turnout: 0 }));
    missing.apply(partOf([], board));
    expect(missing.verify().verdict).toMatchObject({ ok: false, reason: { code: "turnout" } });
  }, 60_000);
});
