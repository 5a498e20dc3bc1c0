import {
  type BallotFrame,
  type CommandPayload,
  type DecisionRule,
  type Delegation,
  frameKey,
  type SealedBallot,
} from "@trilogue/shared";
import { conflict, DomainError, forbidden, type Reason } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { trackerOfSealed } from "./board-cache.js";
import { assertMayVote } from "./eligibility.js";
import { getPoll, type PollRow } from "./polls.repository.js";
import { canonicalChoices, scopesOf } from "./polls.rules.js";
import { proofPool } from "./proof-pool.js";
import { listTrustees } from "./sealed-ballots.repository.js";
import { publicKeyOf } from "./sealing.service.js";

export const observersDoNotVote = "Observers are invited to the dialogue but do not vote.";
export const notRegistered = "Your delegation is not registered in this consultation.";

/** A ballot that passed every check: a named one's choices, or a secret one's ciphertexts. */
export type CheckedBallot =
  | { kind: "named"; delegationId: string; choices: number[] }
  | { kind: "sealed"; delegationId: string; ballot: SealedBallot; tracker: string };

/** Refuses a ballot in a poll that is not open. */
export function assertPollOpen(poll: PollRow): void {
  if (poll.status !== "open")
    throw poll.status === "draft"
      ? conflict("The poll is not open yet.", { code: "poll_not_open" })
      : conflict("The poll is closed.", { code: "poll_closed" });
}

const invalid = (message: string, path: string, reason?: Reason) =>
  new DomainError("VALIDATION", message, [{ path: [path], message }], reason);

type BallotPayload = Pick<CommandPayload<"ballot:cast">, "choices" | "sealed">;

const frameOf = (poll: PollRow, publicKey: string): BallotFrame => ({
  pollId: poll.id,
  publicKey,
  optionCount: poll.options.length,
  maxChoices: poll.maxChoices,
});

/**
 * Verdicts reached before the transaction (`proveEarly`), kept with the ballot object itself: the
 * payload travels unchanged into the transaction, which takes the verdict when the frame it reads
 * there is the one the verdict was reached under, and checks again otherwise.
 */
const earlyVerdicts = new WeakMap<SealedBallot, { frame: string; fault: Promise<string | null> }>();

/** The frames of open secret polls with a complete key, as read outside any transaction. */
const frames = new Map<string, Promise<BallotFrame | null>>();
const framesKept = 64;

async function readFrame(db: Executor, consultationId: string, pollId: string): Promise<BallotFrame | null> {
  const poll = await getPoll(db, consultationId, pollId);
  if (!poll.secret || poll.status !== "open") return null;
  const publicKey = publicKeyOf(await listTrustees(db, poll.id));
  return publicKey ? frameOf(poll, publicKey) : null;
}

/** A poll's frame, read once while it is open (a storm's ballots share one read). */
function frameFor(db: Executor, consultationId: string, pollId: string): Promise<BallotFrame | null> {
  const key = `${consultationId}\n${pollId}`;
  const known = frames.get(key);
  if (known) return known;
  const read = readFrame(db, consultationId, pollId);
  frames.set(key, read);
  if (frames.size > framesKept) frames.delete(frames.keys().next().value ?? "");
  // Only an open poll's frame is kept: a draft's key may still be incomplete.
  read.then(
    (frame) => frame ?? frames.delete(key),
    () => frames.delete(key),
  );
  return read;
}

/**
 * Ballots waiting for a proof check, per frame, sent to the worker pool together at the end of
 * the current I/O phase in runs of `chunk`: a storm's ballots are checked in parallel in the
 * workers, and the first runs are answered while the later ones are still being checked.
 */
type ProofBatch = { frame: BallotFrame; ballots: SealedBallot[]; done: Deferred[] };
const waitingProofs = new Map<string, ProofBatch>();
type Deferred = { resolve: (fault: string | null) => void; reject: (error: unknown) => void };
const chunk = 8;

function checkSoon(frame: BallotFrame, ballot: SealedBallot): Promise<string | null> {
  const key = frameKey(frame);
  let waiting = waitingProofs.get(key);
  if (!waiting) {
    const created: ProofBatch = { frame, ballots: [], done: [] };
    waitingProofs.set(key, created);
    waiting = created;
    setImmediate(() => {
      waitingProofs.delete(key);
      for (let start = 0; start < created.ballots.length; start += chunk) {
        const done = created.done.slice(start, start + chunk);
        proofPool.faults(frame, created.ballots.slice(start, start + chunk)).then(
          (faults) => {
            for (const [i, deferred] of done.entries()) deferred.resolve(faults[i] ?? null);
          },
          (error: unknown) => {
            for (const deferred of done) deferred.reject(error);
          },
        );
      }
    });
  }
  const batch = waiting;
  return new Promise((resolve, reject) => {
    batch.ballots.push(ballot);
    batch.done.push({ resolve, reject });
  });
}

/**
 * Checks a sealed ballot's proofs as it arrives, before the group commit's transaction and outside
 * it, in the worker pool; decides nothing (the transaction takes the verdict up, in its usual
 * order of checks). Anything unexpected (no such poll, not open, a key still incomplete) is left to
 * the transaction to say.
 */
export async function proveEarly(db: Executor, consultationId: string, payload: CommandPayload<"ballot:cast">) {
  const ballot = payload.sealed;
  if (!ballot) return;
  const frame = await frameFor(db, consultationId, payload.pollId);
  if (!frame) return;
  const fault = checkSoon(frame, ballot);
  earlyVerdicts.set(ballot, { frame: frameKey(frame), fault });
  await fault;
}

/**
 * The proofs of the sealed ballots among `payloads`: each one's fault, null when its proofs hold,
 * undefined when there is nothing to check. A verdict reached on arrival under this very frame
 * (`proveEarly`) is taken as it is; the others are checked now in the worker pool as one batch
 * (off the event loop, split among the workers). `checkBallot` then refuses in its usual order
 * (who may vote first), ballot by ballot.
 */
export async function proofFaults(
  poll: PollRow,
  publicKey: string | null,
  payloads: readonly BallotPayload[],
): Promise<(string | null | undefined)[]> {
  if (!poll.secret || !publicKey) return payloads.map(() => undefined);
  const frame = frameOf(poll, publicKey);
  const key = frameKey(frame);
  const early = payloads.map(({ sealed }) => {
    const verdict = sealed ? earlyVerdicts.get(sealed) : undefined;
    return verdict?.frame === key ? verdict.fault.catch(() => undefined) : undefined;
  });
  const known = await Promise.all(early);
  const unchecked = payloads.flatMap(({ sealed }, i) => (sealed && known[i] === undefined ? [sealed] : []));
  const verdicts = await proofPool.faults(frame, unchecked);
  let next = 0;
  return payloads.map(({ sealed }, i) => {
    if (!sealed) return undefined;
    const found = known[i];
    return found === undefined ? verdicts[next++] : found;
  });
}

/**
 * The one set of checks every ballot passes, named or secret, cast alone or in a group commit:
 * who may vote, then what the ballot may hold. A secret ballot's proofs are checked against the
 * poll's public key (by `proofFaults`, whose answer is passed in); a proof that fails is a
 * VALIDATION error and nothing is stored.
 */
export function checkBallot(
  poll: PollRow,
  delegation: Delegation | null | undefined,
  payload: BallotPayload,
  publicKey: string | null,
  decisionRule: DecisionRule,
  proofFault: string | null | undefined,
): CheckedBallot {
  if (!delegation) throw forbidden(notRegistered, { code: "delegation_not_registered" });
  if (scopesOf(delegation).length === 0) throw forbidden(observersDoNotVote, { code: "observers_do_not_vote" });
  assertMayVote(decisionRule, delegation, poll.indicative);
  if (!poll.secret) {
    if (payload.sealed || !payload.choices)
      throw invalid("This poll is named: its ballot gives its choices.", "choices");
    return { kind: "named", delegationId: delegation.id, choices: canonicalChoices(poll, payload.choices) };
  }
  if (payload.choices || !payload.sealed)
    throw invalid("This poll is secret: its ballot is sealed in the browser and never carries choices.", "sealed");
  if (!publicKey) throw conflict("The poll's key is not complete.", { code: "poll_key_incomplete" });
  if (proofFault === undefined) throw new Error("the sealed ballot's proofs were not checked");
  if (proofFault)
    throw invalid(`The sealed ballot is refused: ${proofFault}.`, "sealed", { code: "ballot_proof_invalid" });
  return {
    kind: "sealed",
    delegationId: delegation.id,
    ballot: payload.sealed,
    tracker: trackerOfSealed(payload.sealed),
  };
}
