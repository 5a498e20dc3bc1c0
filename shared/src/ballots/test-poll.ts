import type { VotingConstituency } from "../decisions/enums.js";
import { sealBallot, trackerOf } from "./ballot.js";
import type { Board } from "./board.js";
import { disclosureOf, scopesDisclosed } from "./disclosure.js";
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
