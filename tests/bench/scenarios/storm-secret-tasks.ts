import { createHash } from "node:crypto";
import {
  type Ack,
  announcedPartWaitMs,
  type BallotFrame,
  type BoardFinal,
  type CommandResult,
  type ConsultationEvent,
  closingReadDelay,
  meSchema,
  type SealedBallot,
  sealBallot,
  warmSealing,
} from "@trilogue/shared";
import { until } from "../lib/bench-client.js";
import { startBoardProver } from "../lib/board-prover.js";
import { epochNow, waitUntil } from "../lib/clock.js";
import { cpuSince } from "../lib/phase-cpu.js";
import { joinedClients } from "./storm-tasks.js";

/**
 * The secret vote storm's work inside one generator process, with the clients the join phase left
 * here: each seals its ballot ahead of the storm (as its browser would before pressing "cast", so
 * that encryption is not counted in the server's figures), all cast at one moment, then each
 * waits for the result and checks the board.
 */
let sealed: (SealedBallot | null)[] = [];

/** BENCH_TRACE=1: when this process's page followed and checked the board (epoch ms), on stderr. */
const trace = (line: string) => {
  if (process.env.BENCH_TRACE) process.stderr.write(`  [${process.pid} ${epochNow()}] ${line}\n`);
};

/** The page's board worker of this process (its one verifying client). */
let prover: ReturnType<typeof startBoardProver> | null = null;

/** This process's page worker for the poll, started if it is not running for it yet. */
function proverFor(pollId: string) {
  if (prover?.pollId !== pollId) {
    void prover?.close();
    prover = startBoardProver(pollId);
  }
  return prover;
}

/**
 * Seals one ballot per client whose delegation may vote (`voters`: the Secretariat and observers
 * do not), before the storm; returns the time each sealing took.
 */
export async function stormSecretSeal(params: {
  url: string;
  frame: BallotFrame;
  voters: string[];
  firstNumber: number;
}) {
  const times: number[] = [];
  const voters = new Set(params.voters);
  const delegations = await Promise.all(joinedClients().map((client) => delegationOf(params.url, client.cookie)));
  // As the page does when it shows the open poll (`prepareSealing`): one throwaway sealing first.
  warmSealing(params.frame);
  sealed = delegations.map((delegationId, i) => {
    if (!delegationId || !voters.has(delegationId)) return null;
    const began = performance.now();
    const ballot = sealBallot(params.frame, [(params.firstNumber + i) % params.frame.optionCount]);
    times.push(performance.now() - began);
    return ballot;
  });
  trace("sealed");
  // The page's board worker starts when the page shows the open poll, long before the storm: its
  // loading (the ballots' code compiled, at normal priority) must not land in the storm's first
  // second, where it took about a core from the server's proof workers.
  await proverFor(params.frame.pollId).ready;
  trace("board worker ready");
  return { times, cpuPercent: 0 };
}

/** The delegation a client speaks for, as its session says. */
async function delegationOf(url: string, cookie: string): Promise<string | null> {
  const response = await fetch(`${url}/api/session`, { headers: { cookie } });
  if (!response.ok) throw new Error(`session: ${response.status}`);
  return meSchema.parse(await response.json()).delegationId;
}

const boardUrlOf = (params: { url: string; consultationId: string; pollId: string }) =>
  `${params.url}/api/consultations/${params.consultationId}/polls/${params.pollId}/board`;

/** The turnout a client last saw announced for the poll, and when (epoch ms). */
const turnoutIn = (events: ConsultationEvent[], pollId: string) =>
  events.flatMap((event) =>
    (event.patch.upsert?.pollTurnouts ?? []).filter((t) => t.id === pollId).map((t) => t.turnout.overall),
  );

/**
 * Every client casts its sealed ballot at `startAt`. Returns each acknowledgement's latency, and
 * for each client the moments it saw the poll's turnout announced (the room sees counts only).
 */
export async function stormSecretVote(params: {
  url: string;
  consultationId: string;
  pollId: string;
  /** Ballots cast in the whole room. */
  expected: number;
  startAt: number;
}) {
  const clients = joinedClients();
  const seen: [number, number][][] = clients.map(() => []);
  clients.forEach((client, i) => {
    client.onEvents((events) => {
      for (const overall of turnoutIn(events, params.pollId)) seen[i]?.push([overall, epochNow()]);
    });
  });
  // One client here plays a delegate's page that proves each ballot as it arrives (the others'
  // pages would do the same work on their own machines): a moment after a turnout change, it
  // reads the board and proves the new ballots in its worker.
  // And again while its board counts fewer ballots than the room shows, as the page does.
  const page = proverFor(params.pollId);
  const first = clients[0];
  let pending = false;
  let shown = 0;
  let followed = 0;
  const follow = () => {
    if (pending || !first || shown <= followed) return;
    pending = true;
    setTimeout(
      () => {
        pending = false;
        const began = epochNow();
        void page.proveOpen(boardUrlOf(params), first.cookie).then(
          (reached) => {
            trace(`followed ${epochNow() - began} ms (${page.cursor()}, ${reached} of ${shown})`);
            if (reached !== null) followed = Math.max(followed, reached);
            follow();
          },
          () => undefined,
        );
      },
      500 + Math.random() * 1500,
    );
  };
  first?.onEvents((events) => {
    const turnouts = turnoutIn(events, params.pollId);
    if (turnouts.length === 0) return;
    shown = Math.max(shown, ...turnouts);
    follow();
  });
  trace(`vote: waiting for ${params.startAt}`);
  await waitUntil(params.startAt);
  trace("vote: casting");
  const cpu = process.cpuUsage();
  const acks: number[] = [];
  let refused = 0;
  const refusals: Record<string, number> = {};
  await Promise.all(
    clients.map(async (client, i) => {
      const ballot = sealed[i];
      if (!ballot) return;
      const sent = performance.now();
      // A long wait: on a loaded machine a late acknowledgement is a figure, not a failure.
      const ack: Ack<CommandResult> = await client.send(
        "ballot:cast",
        { pollId: params.pollId, sealed: ballot },
        120_000,
      );
      acks.push(performance.now() - sent);
      if (!ack.ok) {
        refused += 1;
        const why = `${ack.error.code}${ack.error.reason ? ` ${ack.error.reason.code}` : ""}: ${ack.error.message}`;
        refusals[why] = (refusals[why] ?? 0) + 1;
      }
    }),
  );
  // Turnout is announced by the scheduler a moment after the last commit: wait until every
  // client here has seen every ballot of the room counted (or a while, when some were refused).
  await until(
    () => seen.every((samples) => samples.some(([overall]) => overall >= params.expected)),
    refused > 0 ? 1500 : 15_000,
  );
  return { acks, refused, refusals, seen, cpuPercent: cpuSince(cpu, params.startAt) };
}

/**
 * From the chair's close (at `startAt`, sent by the orchestrator) to the verified result at every
 * client here: each client, once the room shows the result, reads the part of the board a page
 * that followed it while open lacks (from the cursor this process's page reached: every delegate's
 * page follows the board as this one did) and checks it. The full check (the page's last part
 * taken in, then `verifyBoard` on the board the parts add up to, hashed as served) is run once in
 * this process; every other client checks that its bytes are the very bytes the page verified
 * and that the board's hash is the one the room was given. On a delegate's own machine the check
 * runs in its page: `verifyMs` is what each client's check costs here.
 */
export async function stormSecretTally(params: {
  url: string;
  consultationId: string;
  pollId: string;
  startAt: number;
}) {
  const clients = joinedClients();
  const doneAt: (number | null)[] = clients.map(() => null);
  let failures = 0;
  const why: Record<string, number> = {};
  const failed = (reason: string) => {
    failures += 1;
    why[reason] = (why[reason] ?? 0) + 1;
  };
  let verifyMs = 0;
  /** Clients that read their part themselves (the announced one was not theirs, or did not come). */
  let reads = 0;
  let verified: Promise<{ bytes: string; hash: string | null }> | null = null;
  const page = proverFor(params.pollId);
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
  const check = async (text: string) => {
    const began = performance.now();
    // In the page's worker, with the ballots it proved while the poll was open.
    const verdict = await page.finish(text);
    verifyMs = performance.now() - began;
    trace(`board checked in ${Math.round(verifyMs)} ms, ${Math.round(epochNow() - params.startAt)} ms after the close`);
    if (!verdict.ok) process.stdout.write(`  board check failed: ${verdict.failure ?? verdict.error}\n`);
    return { bytes: sha256(text), hash: verdict.ok && verdict.hash ? verdict.hash : null };
  };
  let from: string | null = null;
  clients.forEach((client, i) => {
    let started = false;
    // The board's last part the server announces to the room at the tally, as each page keeps it.
    let announced: BoardFinal | null = null;
    const announcedWaiters: (() => void)[] = [];
    client.socket.on("board:final", (final) => {
      if (final.pollId !== params.pollId) return;
      announced = final;
      for (const wake of announcedWaiters.splice(0)) wake();
    });
    const announcedFor = async (since: string): Promise<string | null> => {
      if (!announced)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, announcedPartWaitMs);
          announcedWaiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      const final: BoardFinal | null = announced;
      return final && final.since === since ? final.text : null;
    };
    client.onEvents((events) => {
      const poll = events
        .flatMap((event) => event.patch.upsert?.polls ?? [])
        .find((each) => each.id === params.pollId && each.result);
      if (!poll || started) return;
      started = true;
      if (from === null) trace(`result seen ${Math.round(epochNow() - params.startAt)} ms after the close`);
      from ??= page.cursor();
      const since = from;
      void (async () => {
        // As the page does (board-check.ts): the announced part when it is this page's, else its
        // own read, after a moment of its own.
        let text = await announcedFor(since);
        if (text === null) {
          await new Promise((resolve) => setTimeout(resolve, closingReadDelay()));
          const response = await fetch(page.partOf(boardUrlOf(params), since), { headers: { cookie: client.cookie } });
          text = await response.text();
          if (!response.ok) {
            failed(`HTTP ${response.status}`);
            doneAt[i] = epochNow();
            return;
          }
          reads += 1;
        }
        verified ??= check(text);
        const { bytes, hash } = await verified;
        if (!hash) failed("the board does not verify");
        else if (sha256(text) !== bytes) failed("other bytes than the verified part");
        else if (poll.sealing?.boardHash !== hash) failed("not the hash the room was given");
        doneAt[i] = epochNow();
      })().catch((error: unknown) => {
        failed(error instanceof Error ? error.message : String(error));
        doneAt[i] = epochNow();
      });
    });
  });
  await waitUntil(params.startAt);
  page.hurry();
  const cpu = process.cpuUsage();
  const complete = await until(() => doneAt.every((at) => at !== null), 60_000);
  await prover?.close();
  prover = null;
  return {
    completeAt: complete ? Math.max(...(doneAt as number[])) : null,
    failures,
    why,
    verifyMs,
    reads,
    cpuPercent: cpuSince(cpu, params.startAt),
  };
}
