import type { VotingConstituency } from "../decisions/enums.js";
import {
  addCiphertexts,
  type BallotFrame,
  ballotContext,
  countRange,
  encodeCiphertext,
  sealBallot,
  trackerOf,
} from "./ballot.js";
import { type Board, boardSchema } from "./board.js";
import { disclosureOf, scopesDisclosed } from "./disclosure.js";
import compactBoard from "./fixtures/board-compact-proofs.json";
import { decodeKey, G, mulSecret, Point, randomScalar } from "./group.js";
import { type Ciphertext, proveCompactMembership } from "./proofs.js";
import type { SealedBallot } from "./schemas.js";
import { aggregate, combineCounts, combinePublicKey, decryptShare, makeTrusteeKey } from "./tally.js";

/** A whole secret poll run honestly in memory (tests and the timing script): the board it ends with. */
export function honestBoard(input: {
  pollId?: string;
  optionCount: number;
  maxChoices: number;
  voters: { group: VotingConstituency[]; choices: number[] }[];
  trustees?: number;
  floor?: number;
}): Board {
  const pollId = input.pollId ?? "00000000-0000-4000-8000-000000000001";
  const trusteeIds = Array.from({ length: input.trustees ?? 2 }, (_, i) => `trustee-${i}`);
  const keys = trusteeIds.map((id) => ({ id, key: makeTrusteeKey(pollId, id) }));
  const publicKey = combinePublicKey(keys.map(({ key }) => key.share.publicShare));
  const frame = { pollId, publicKey, optionCount: input.optionCount, maxChoices: input.maxChoices };
  const ballots = input.voters
    .map(({ group, choices }) => {
      const ballot = sealBallot(frame, choices);
      return { tracker: trackerOf(ballot), group, ballot };
    })
    .sort((x, y) => (x.tracker < y.tracker ? -1 : 1));
  const floor = input.floor ?? 3;
  const scopes = scopesDisclosed(
    disclosureOf(
      ballots.map((b) => b.group),
      floor,
    ),
  );
  const aggregates = aggregate(input.optionCount, ballots, scopes);
  const partials = keys.map(({ id, key }) => ({
    trusteeId: id,
    partials: decryptShare(pollId, id, key.secret, aggregates),
  }));
  return {
    version: "trilogue-board-v1",
    pollId,
    question: "?",
    options: Array.from({ length: input.optionCount }, (_, i) => `option ${i + 1}`),
    maxChoices: input.maxChoices,
    floor,
    trustees: keys.map(({ id, key }) => ({ id, name: id, ...key.share })),
    publicKey,
    turnout: ballots.length,
    ballots,
    aggregates,
    partials,
    result: combineCounts(
      aggregates,
      partials.map((p) => p.partials),
      ballots.length,
    ),
  };
}

/**
 * A ballot sealed as pages did before proofs carried their commitments (compact proofs, each
 * checked alone): what an old cached page still sends, and what boards of that time hold.
 */
export function sealCompactBallot(frame: BallotFrame, choices: readonly number[]): SealedBallot {
  const marked = new Set(choices);
  const y = decodeKey(frame.publicKey);
  let total: Ciphertext = { a: Point.ZERO, b: Point.ZERO };
  let totalR = 0n;
  const ciphertexts: SealedBallot["ciphertexts"] = [];
  const proofs: SealedBallot["proofs"] = [];
  for (let option = 0; option < frame.optionCount; option++) {
    const m = marked.has(option) ? 1 : 0;
    const r = randomScalar();
    const ct = { a: mulSecret(G, r), b: mulSecret(y, r).add(m ? G : Point.ZERO) };
    ciphertexts.push(encodeCiphertext(ct));
    proofs.push(proveCompactMembership(ballotContext(frame, `option ${option}`), y, ct, m, r, [0, 1]));
    total = addCiphertexts(total, ct);
    totalR += r;
  }
  const range = countRange(frame.maxChoices);
  const countProof = proveCompactMembership(ballotContext(frame, "count"), y, total, marked.size, totalR, range);
  return { ciphertexts, proofs, countProof };
}

/**
 * A closed poll's board stored before proofs carried their commitments (compact proofs, sealed by
 * that code), as it was served: 6 ballots, 3 options, 2 choices; overall 4 / 2 / 2.
 */
export const storedCompactBoard = (): Board => boardSchema.parse(compactBoard);
