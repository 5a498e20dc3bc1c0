import type { Board, Poll, VotingConstituency } from "@trilogue/shared";
import { boardHash, sealBallot, trackerOf } from "@trilogue/shared/ballots";
import { honestBoard, storedCompactBoard } from "@trilogue/shared/testing";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { id } from "../../test/fixtures";
import { checkBoard } from "./board-check";
import { answer } from "./board-verifier";
import { keepBallot, keptBallot } from "./poll-results";
import { forgetTrackers, keepTracker, keptTracker } from "./sealed-ballot";
import { trusteeIdOf, trusteeStep } from "./use-trustee";

const at = "2016-11-03T10:00:00.000Z";
const pollId = "00000000-0000-4000-8000-000000000001";
let honest: Board;

/** The room's view of the poll the board is for: its result and the hash it was given. */
const pollOf = (board: Board, change: Partial<Poll> = {}): Poll => {
  const all = board.result?.find((r) => r.scope === "all")?.counts ?? null;
  return {
    id: pollId,
    itemId: id(101),
    subject: { kind: "item", itemId: id(101) },
    indicative: true,
    question: board.question,
    kind: "single_choice",
    options: board.options,
    maxChoices: board.maxChoices,
    secret: true,
    resultsVisibility: "on_close",
    status: "closed",
    createdAt: at,
    openedAt: at,
    closedAt: at,
    result: {
      disclosure: "overall_only",
      turnout: { overall: 3, byConstituency: {} } as never,
      eligible: { overall: 3, byConstituency: {} } as never,
      overall: all,
      byConstituency: {},
    },
    sealing: {
      publicKey: board.publicKey,
      trustees: board.trustees.map((t) => ({ id: t.id, name: t.name, hasKey: true, hasDecrypted: true })),
      boardHash: boardHash(JSON.stringify(board)),
    },
    ...change,
  };
};

/** The server, as far as this browser sees it: the board's JSON at its address. */
const serve = (board: Board) =>
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify(board), { status: 200 })),
  );

beforeAll(() => {
  honest = honestBoard({
    pollId,
    optionCount: 3,
    maxChoices: 1,
    voters: [
      { group: ["council"], choices: [0] },
      { group: ["tpcc"], choices: [0] },
      { group: ["host"], choices: [1] },
    ],
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe("the board checked in the browser", () => {
  it("verifies an honest board, the room's result and this delegation's tracker on it", async () => {
    serve(honest);
    const check = await checkBoard(pollOf(honest), "c", honest.ballots[1]?.tracker ?? null);
    expect(check.status).toBe("verified");
  });

  it("names a forged partial decryption", async () => {
    const forged = structuredClone(honest);
    const [first] = forged.partials;
    const option = first?.partials[0]?.options[0];
    const other = forged.partials[1]?.partials[0]?.options[0];
    if (!option || !other) throw new Error("the honest board has no partials");
    option.d = other.d;
    serve(forged);
    const check = await checkBoard(pollOf(forged), "c", null);
    expect(check).toMatchObject({ status: "failed", failure: expect.stringContaining("trustee trustee-0") });
    expect(check).toMatchObject({ reason: { code: "partial", values: { trustee: "trustee-0" } } });
  });

  it("names a dropped ballot", async () => {
    const dropped = { ...structuredClone(honest), ballots: honest.ballots.slice(1) };
    serve(dropped);
    const check = await checkBoard(pollOf(dropped), "c", null);
    expect(check).toMatchObject({ status: "failed", failure: expect.stringContaining("2 ballots for a turnout of 3") });
    expect(check).toMatchObject({ reason: { code: "turnout", values: { ballots: 2, turnout: 3 } } });
  });

  it("fails when this delegation's tracker is missing, or the room's result or hash is not the board's", async () => {
    serve(honest);
    expect(await checkBoard(pollOf(honest), "c", "f".repeat(64))).toMatchObject({
      failure: "your delegation's ballot is not on the board",
    });
    const room = pollOf(honest);
    const shown = { ...pollOf(honest), result: room.result && { ...room.result, overall: [1, 2, 0] } };
    expect(await checkBoard(shown, "c", null)).toMatchObject({
      failure: expect.stringContaining("for all"),
      reason: { code: "roomResult", values: { scope: "all" } },
    });
    const sealing = room.sealing && { ...room.sealing, boardHash: "0".repeat(64) };
    expect(await checkBoard({ ...room, sealing }, "c", null)).toMatchObject({
      failure: "the board is not the one whose hash the room was given",
    });
  });

  it("has every reason in the six languages, none left in English", async () => {
    const { resources } = await import("../../i18n/resources");
    const codes = Object.keys(resources.en.translation.polls.boardFailure);
    expect(codes).toEqual(expect.arrayContaining(["partial", "turnout", "roomResult", "hash", "ownBallot", "ballot"]));
    for (const language of ["fr", "es", "ru", "zh", "ar"] as const) {
      const strings = resources[language].translation.polls.boardFailure as Record<string, string>;
      const english = resources.en.translation.polls.boardFailure as Record<string, string>;
      for (const code of codes) {
        expect(strings[code], `${language} ${code}`).toBeTruthy();
        expect(strings[code], `${language} ${code}`).not.toBe(english[code]);
      }
    }
  });

  it("verifies a board stored before batch verification (compact proofs)", async () => {
    const stored = storedCompactBoard();
    serve(stored);
    const check = await checkBoard({ ...pollOf(stored), id: stored.pollId }, "c", stored.ballots[3]?.tracker ?? null);
    expect(check.status).toBe("verified");
  });

  it("proves an open board's new ballots in one batch, all but a forged one, which the close then names", () => {
    const board = honestBoard({
      pollId: "00000000-0000-4000-8000-0000000000c1",
      optionCount: 3,
      maxChoices: 1,
      voters: [0, 1, 2, 0, 1].map((choice) => ({ group: ["council"], choices: [choice] })),
    });
    const open: Board = { ...board, aggregates: null, partials: [], result: null };
    const frame = { pollId: open.pollId, publicKey: open.publicKey ?? "", optionCount: 3, maxChoices: 1 };
    const good = sealBallot(frame, [2]);
    const [p0, p1, ...rest] = good.proofs;
    if (!p0 || !p1) throw new Error("no proofs");
    const forged = { ...good, proofs: [p1, p0, ...rest] };
    const tpcc: VotingConstituency[] = ["tpcc"];
    const ballots = [...open.ballots, { tracker: trackerOf(forged), group: tpcc, ballot: forged }];
    ballots.sort((x, y) => (x.tracker < y.tracker ? -1 : 1));
    const withForged = { ...open, ballots, turnout: ballots.length };
    expect(answer({ kind: "prove", text: JSON.stringify(withForged) })).toEqual({ kind: "proved", count: 5 });
    expect(answer({ kind: "verify", text: JSON.stringify(withForged) })).toMatchObject({
      kind: "verified",
      verdict: { ok: false, reason: { code: "ballot", values: { tracker: trackerOf(forged) } } },
    });
  });

  it("says so when the board cannot be read", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status: 404 })),
    );
    expect(await checkBoard(pollOf(honest), "c", null)).toEqual({ status: "unreachable" });
  });
});

describe("what a browser keeps of a ballot", () => {
  it("keeps trackers and named ballots per participant, and forgets only the leaving one's trackers", () => {
    keepTracker("senegal", "p1", "aa");
    keepTracker("egypt", "p1", "bb");
    keepBallot("senegal", "p2", { choices: [1] });
    expect(keptTracker("egypt", "p1")).toBe("bb");
    expect(keptBallot("egypt", "p2")).toBeNull();
    forgetTrackers("senegal");
    expect(keptTracker("senegal", "p1")).toBeNull();
    expect(keptTracker("egypt", "p1")).toBe("bb");
  });
});

describe("a browser as a secret poll's trustee", () => {
  const chair = { role: "chair", delegationId: null } as const;
  const ghana = { role: "delegate", delegationId: "ghana" } as const;
  const poll = (status: Poll["status"], hasKey: boolean, hasDecrypted: boolean) =>
    ({
      ...pollOf(honest),
      status,
      sealing: {
        publicKey: null,
        boardHash: null,
        trustees: [
          { id: "chair", name: "chair", hasKey, hasDecrypted },
          { id: "ghana", name: "Ghana", hasKey, hasDecrypted },
        ],
      },
    }) as Poll;
  it("publishes its key share on a draft, its decryption share once closed, and nothing otherwise", () => {
    for (const me of [chair, ghana]) {
      expect(trusteeStep(poll("draft", false, false), me)).toBe("key");
      expect(trusteeStep(poll("draft", true, false), me)).toBeNull();
      expect(trusteeStep(poll("open", true, false), me)).toBeNull();
      expect(trusteeStep(poll("closed", true, false), me)).toBe("decrypt");
      expect(trusteeStep(poll("closed", true, true), me)).toBeNull();
    }
  });
  it("speaks for the chair, or for a named delegation's delegate; for no one else", () => {
    expect(trusteeIdOf(poll("draft", false, false), chair)).toBe("chair");
    expect(trusteeIdOf(poll("draft", false, false), ghana)).toBe("ghana");
    expect(trusteeIdOf(poll("closed", true, false), { role: "delegate", delegationId: "egypt" })).toBeNull();
    expect(trusteeIdOf(poll("closed", true, false), { role: "adviser", delegationId: "ghana" })).toBeNull();
    expect(trusteeStep(poll("closed", true, false), { role: "secretary", delegationId: null })).toBeNull();
  });
});

describe("a trustee delegation's key share at sign-out", () => {
  it("is forgotten with the trackers, while the chair's survives", () => {
    localStorage.setItem("trilogue.trustee.ghana-delegate.p1", "{}");
    localStorage.setItem("trilogue.trustee.the-chair.p1", "{}");
    forgetTrackers("ghana-delegate", "delegate");
    forgetTrackers("the-chair", "chair");
    expect(localStorage.getItem("trilogue.trustee.ghana-delegate.p1")).toBeNull();
    expect(localStorage.getItem("trilogue.trustee.the-chair.p1")).toBe("{}");
  });
});
