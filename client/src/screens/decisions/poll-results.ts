import {
  type Ballot,
  type Constituency,
  type Delegation,
  fieldOf,
  isMemberStateDelegation,
  isOneOf,
  type Poll,
  tallyBallots,
  type VotingConstituency,
  votingConstituencies,
  yesNoAbstainOptions,
} from "@trilogue/shared";
import type { TFunction } from "i18next";
import type { BreakdownColumn, BreakdownRow } from "../../components/BreakdownChart";

/** A poll's options as chart columns; yes/no/abstain words are translated, others shown as written. */
export function optionColumns(t: TFunction, poll: Poll): BreakdownColumn[] {
  return poll.options.map((option, index) => ({
    key: String(index),
    label:
      poll.kind === "yes_no_abstain" && isOneOf(yesNoAbstainOptions, option) ? t(`polls.option.${option}`) : option,
  }));
}

/**
 * The rows the room may see: the fixed result once closed (as far as its disclosure allows), live
 * counts of a named live poll from its ballots, or null while results wait for the close. The
 * constituencies below the disclosure floor (`hidden`, as the summary withholds them) have no row.
 */
export function resultRows(
  t: TFunction,
  poll: Poll,
  ballots: readonly Ballot[],
  delegations: readonly Delegation[],
  hidden: ReadonlySet<Constituency> = new Set(),
): BreakdownRow[] | null {
  const row = (c: VotingConstituency, counts: readonly number[] | undefined | null) => ({
    key: c,
    label: t(`constituency.${c}.short`),
    counts: counts ?? null,
  });
  if (poll.result) {
    const { result } = poll;
    if (result.disclosure === "withheld") return [];
    const rows: BreakdownRow[] = [{ key: "overall", label: t("charts.overall"), counts: result.overall }];
    for (const c of votingConstituencies) {
      if (result.eligible.byConstituency[c] > 0 && !hidden.has(c)) rows.push(row(c, result.byConstituency[c]));
    }
    return rows;
  }
  if (poll.secret || poll.resultsVisibility !== "live" || poll.status === "draft") return null;
  // Polls are open to Member States only under every decision rule: the Secretariat is not counted.
  const tally = tallyBallots(poll.options.length, ballots, delegations.filter(isMemberStateDelegation));
  return [
    { key: "overall", label: t("charts.overall"), counts: tally.overall },
    ...votingConstituencies
      .filter((c) => tally.eligible.byConstituency[c] > 0 && !hidden.has(c))
      .map((c) => row(c, tally.byConstituency[c])),
  ];
}

/** 32 random bytes, base64url: a secret ballot's receipt nonce. */
export function newReceiptNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return base64.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** What this browser remembers of its delegation's ballot in a poll (secret ballots need it to change). */
export type KeptBallot = { choices: number[]; nonce?: string };

function isKeptBallot(value: unknown): value is KeptBallot {
  const choices = fieldOf(value, "choices");
  const nonce = fieldOf(value, "nonce");
  return (
    Array.isArray(choices) &&
    choices.every((choice) => typeof choice === "number") &&
    (nonce === undefined || typeof nonce === "string")
  );
}

/** Under the participant, so another delegation signing in on the same device never sees it. */
const keyOf = (participantId: string, pollId: string) => `trilogue.ballot.${participantId}.${pollId}`;

/** The ballot this participant cast in a poll from this browser, if any. */
export function keptBallot(participantId: string, pollId: string): KeptBallot | null {
  try {
    const raw = localStorage.getItem(keyOf(participantId, pollId));
    if (!raw) return null;
    const kept: unknown = JSON.parse(raw);
    return isKeptBallot(kept) ? kept : null;
  } catch {
    return null;
  }
}

/** Remembers a ballot once the server counted it. */
export function keepBallot(participantId: string, pollId: string, ballot: KeptBallot): void {
  localStorage.setItem(keyOf(participantId, pollId), JSON.stringify(ballot));
}
