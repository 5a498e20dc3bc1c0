import { type Board, decryptShare, makeTrusteeKey, mayVote } from "@trilogue/shared";
import { join } from "../../src/support/clients.js";
import { type BenchClient, catchUp, connect, must } from "../lib/bench-client.js";
import { LatencyRecorder, round } from "../lib/histogram.js";
import type { Pool } from "../lib/ipc.js";
import { readMetrics } from "../lib/operator.js";
import type { PhaseCpu } from "../lib/phase-cpu.js";
import { type Joined, phase, settle, split } from "./storm.js";
import type { stormSecretSeal, stormSecretTally, stormSecretVote } from "./storm-secret-tasks.js";

export type SecretStormParams = {
  url: string;
  operatorToken: string;
  serverPid?: number;
  consultationId: string;
  chairLink: string;
  delegateLinks: string[];
};

/** `voteStormSecret`: the vote storm's figures for a secret poll, plus the tally and the sealing. */
export type SecretStormFigure = {
  clients: number;
  /** Ballots cast: one per joined delegation that may vote in the poll. */
  ballots: number;
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  /** From the storm's start to the last turnout announcement at every client (the room sees counts only). */
  finalTallyMs: number;
  /** The server's longest event-loop stall over the storm, the close and the tally. */
  eventLoopMaxStallMs: number;
  refused: number;
  /** Why ballots were refused: error code, reason code and message, with how many. */
  refusals: Record<string, number>;
  cpu: PhaseCpu;
  /** From the chair's close to the verified result at every client (board read and checked). */
  tallyMs: number;
  /** Clients whose board check failed (or never came), and why. */
  tallyFailures: number;
  tallyFailureReasons: Record<string, number>;
  /** One full board check (`verifyBoard`, as the browser runs it) in a generator process. */
  boardVerifyMs: number;
  /** Clients that read the board's last part themselves at the tally: the announced part (`board:final`) was not theirs or did not come. */
  boardReads: number;
  /** Sealing one ballot (encryption with proofs), in the generator processes, ahead of the storm. */
  encryptP50Ms: number;
  encryptMaxMs: number;
};

/** From the room's seeing every ballot counted to the chair's close. */
const chairPauseMs = 3000;

type Sealed = Awaited<ReturnType<typeof stormSecretSeal>>;
type Voted = Awaited<ReturnType<typeof stormSecretVote>>;
type Tallied = Awaited<ReturnType<typeof stormSecretTally>>;

/**
 * A secret poll's vote storm. The chair (this process) prepares a secret poll, publishes its key
 * share and opens it; the room joins over the generator processes; every delegate's ballot is
 * sealed there ahead of the storm; all cast at one moment (acknowledgements, turnout at every
 * client, the server's event loop). Then the chair closes the poll and its "browser" here sends
 * its decryption share at once, as the chair's page does; every client waits for the result and
 * checks the board (`stormSecretTally`).
 */
export async function stormSecret(pool: Pool, params: SecretStormParams): Promise<SecretStormFigure> {
  const { url, operatorToken: token } = params;
  const count = params.delegateLinks.length;
  const shares = split(params.delegateLinks, pool.size);
  const firstNumbers = shares.map((_, i) => 1 + shares.slice(0, i).reduce((sum, share) => sum + share.length, 0));
  const { cookie } = await join(url, params.chairLink, "Chair");
  const chair = await connect(url, cookie);
  try {
    const { pollId, frame, key, voters } = await openSecretPoll(chair);
    await settle(500);
    const joinPhase = await phase<Joined>(pool, params.serverPid, "stormJoin", (startAt, i) => ({
      url,
      links: shares[i] ?? [],
      firstNumber: firstNumbers[i] ?? 1,
      startAt,
    }));
    const joined = count - joinPhase.results.reduce((sum, result) => sum + result.failed, 0);
    // The Secretariat and observers are in the room but do not vote: only voters' ballots are cast.
    const sealed = await Promise.all(
      pool.workers.map((worker, i) =>
        worker.run<Sealed>("stormSecretSeal", { url, frame, voters, firstNumber: firstNumbers[i] ?? 1 }, 300_000),
      ),
    );
    const encrypt = new LatencyRecorder();
    for (const { result } of sealed) for (const ms of result.times) encrypt.record(ms);
    await settle(1000);
    await readMetrics(url, token, { reset: true });

    const casting = sealed.reduce((sum, { result }) => sum + result.times.length, 0);
    const vote = await phase<Voted>(pool, params.serverPid, "stormSecretVote", (startAt) => ({
      url,
      consultationId: params.consultationId,
      pollId,
      expected: casting,
      startAt,
    }));
    const acks = new LatencyRecorder();
    for (const result of vote.results) for (const ms of result.acks) acks.record(ms);
    const refused = vote.results.reduce((sum, result) => sum + result.refused, 0);
    const refusals = sumCounts(vote.results.map((result) => result.refusals));
    for (const [why, n] of Object.entries(refusals)) process.stdout.write(`  refused ×${n}: ${why}\n`);
    const accepted = casting - refused;
    // Each client's first sight of the full turnout.
    const reached = vote.results.flatMap((result) =>
      result.seen.map((samples) => samples.find(([overall]) => overall >= accepted)?.[1] ?? null),
    );

    // A chair reads the full turnout before closing: a few seconds, not the bench's 300 ms. The
    // pages follow the board while the poll is open (on the delegates' own machines; here at the
    // lowest priority on the server's cores, so they do that work in these seconds), and at the
    // close each reads only the last part of the board. `boardVerifyMs` is the check at the close.
    await settle(chairPauseMs);
    // The chair's page decrypts as soon as it sees the poll closed.
    chair.onEvents((events) => {
      const closed = events
        .flatMap((event) => event.patch.upsert?.polls ?? [])
        .some((poll) => poll.id === pollId && poll.status === "closed" && !poll.sealing?.trustees[0]?.hasDecrypted);
      if (closed) void decryptAsChair(url, params.consultationId, cookie, chair, pollId, key.secret);
    });
    const tally = await phase<Tallied>(
      pool,
      params.serverPid,
      "stormSecretTally",
      (startAt) => ({ url, consultationId: params.consultationId, pollId, startAt }),
      () => void chair.send("poll:close", { pollId }),
    );
    const metrics = await readMetrics(url, token);
    const completes = tally.results.map((result) => result.completeAt);
    const summary = acks.summary();
    const encryption = encrypt.summary();
    return {
      clients: joined,
      ballots: casting,
      ackP50Ms: summary.p50Ms,
      ackP99Ms: summary.p99Ms,
      ackMaxMs: summary.maxMs,
      finalTallyMs: reached.every((at) => at !== null)
        ? round(Math.max(...(reached as number[])) - vote.startAt)
        : Number.NaN,
      eventLoopMaxStallMs: metrics.eventLoopDelay.maxMs,
      refused,
      refusals,
      cpu: vote.cpu(vote.results),
      tallyMs: completes.every((at) => at !== null)
        ? round(Math.max(...(completes as number[])) - tally.startAt)
        : Number.NaN,
      tallyFailures: tally.results.reduce((sum, result) => sum + result.failures, 0),
      tallyFailureReasons: sumCounts(tally.results.map((result) => result.why)),
      boardVerifyMs: round(Math.max(...tally.results.map((result) => result.verifyMs))),
      boardReads: tally.results.reduce((sum, result) => sum + result.reads, 0),
      encryptP50Ms: encryption.p50Ms,
      encryptMaxMs: encryption.maxMs,
    };
  } finally {
    chair.close();
    await Promise.all(pool.workers.map((worker) => worker.run("stormClose", {}, 30_000)));
  }
}

/** Counts by reason, summed over the generator processes. */
function sumCounts(parts: readonly Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const part of parts) for (const [reason, n] of Object.entries(part)) sum[reason] = (sum[reason] ?? 0) + n;
  return sum;
}

/** The chair makes the room live, opens its first item, and prepares and opens a secret poll. */
async function openSecretPoll(chair: BenchClient) {
  await chair.send("consultation:set-status", { status: "live" });
  const snapshot = await catchUp(chair.socket, null);
  if (!snapshot.ok || snapshot.data.kind !== "snapshot") throw new Error("expected a snapshot");
  const itemId = [...snapshot.data.snapshot.items].sort((a, b) => a.position - b.position)[0]?.id ?? "";
  await chair.send("agenda:open", { itemId });
  const created = await must(chair, "poll:create", {
    itemId,
    question: "Secret storm: adopt the expectation?",
    kind: "yes_no_abstain",
    secret: true,
    resultsVisibility: "on_close",
  });
  const pollId = created.id ?? "";
  const key = makeTrusteeKey(pollId, "chair");
  await must(chair, "trustee:publish-key", { pollId, share: key.share });
  await must(chair, "poll:open", { pollId });
  const state = await catchUp(chair.socket, null);
  if (!state.ok || state.data.kind !== "snapshot") throw new Error("expected a snapshot");
  const poll = state.data.snapshot.polls.find((each) => each.id === pollId);
  const publicKey = poll?.sealing?.publicKey;
  if (!poll || !publicKey) throw new Error("the secret poll has no key");
  const rule = state.data.snapshot.consultation.decisionRule;
  const voters = state.data.snapshot.delegations
    .filter((delegation) => mayVote(rule, delegation, poll.indicative))
    .map((delegation) => delegation.id);
  return {
    pollId,
    key,
    voters,
    frame: { pollId, publicKey, optionCount: poll.options.length, maxChoices: poll.maxChoices },
  };
}

async function decryptAsChair(
  url: string,
  consultationId: string,
  cookie: string,
  chair: BenchClient,
  pollId: string,
  secret: string,
) {
  // The board without its ballots, as the chair's page reads it: the aggregates are what it decrypts.
  const response = await fetch(`${url}/api/consultations/${consultationId}/polls/${pollId}/board?since=head`, {
    headers: { cookie },
  });
  const { board } = (await response.json()) as { board: Board };
  await must(chair, "trustee:decrypt", {
    pollId,
    partials: decryptShare(pollId, "chair", secret, board.aggregates ?? []),
  });
}
