import {
  type Board,
  type BoardEntry,
  combinePublicKey,
  constituencies,
  countDelegations,
  type Delegation,
  disclosureOf,
  eligibleVoters,
  isOneOf,
  limits,
  makeTrusteeKey,
  type Poll,
  type PollResult,
  type SealedBallot,
  scopesDisclosed,
  votingConstituenciesOf,
} from "@trilogue/shared";
import type { Executor } from "../db/database.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { type BoardSource, boardHashOf, boardJsonOf, countedEntries, rememberTallied } from "./board-cache.js";
import { presentPoll } from "./polls.presenter.js";
import { listDelegations, type PollRow, turnoutOf, updatePoll } from "./polls.repository.js";
import { proofPool } from "./proof-pool.js";
import {
  eraseSecretShare,
  getAggregates,
  insertAggregates,
  insertTrustees,
  listCountedTrackers,
  listSealedBallots,
  listTrackers,
  listTrustees,
  sealedBallotsByTrackers,
  setBoardHash,
  storePartials,
  type TrusteeRow,
} from "./sealed-ballots.repository.js";

/** The two trustees every secret poll has: the chair's browser and the server. */
export const chairTrustee = "chair";
export const serverTrustee = "server";

/**
 * A new secret poll's trustees: the server makes its key now; the chair's browser, and the browser
 * of each delegation the chair named (its id is its trustee id), publish their own.
 */
export async function createTrustees(
  db: Executor,
  pollId: string,
  named: readonly Pick<Delegation, "id" | "name">[] = [],
): Promise<void> {
  const server = makeTrusteeKey(pollId, serverTrustee);
  await insertTrustees(db, [
    { pollId, trusteeId: chairTrustee, name: "chair", position: 0 },
    {
      pollId,
      trusteeId: serverTrustee,
      name: "server",
      position: 1,
      publicShare: server.share.publicShare,
      keyProof: server.share.proof,
      secretShare: server.secret,
    },
    ...named.map((delegation, index) => ({
      pollId,
      trusteeId: delegation.id,
      name: delegation.name,
      position: 2 + index,
    })),
  ]);
}

/**
 * Public keys already combined, by their shares: every board read and every poll shown combines
 * them again (points decoded and added, milliseconds each), hundreds of times at a tally.
 */
const combinedKeys = new Map<string, string>();
const combinedKept = 64;

/** The poll's public key, or null while a trustee's share is missing. */
export function publicKeyOf(trustees: readonly TrusteeRow[]): string | null {
  if (trustees.length === 0 || trustees.some((t) => !t.publicShare)) return null;
  const shares = trustees.flatMap((t) => (t.publicShare ? [t.publicShare] : []));
  const key = shares.join(",");
  const known = combinedKeys.get(key);
  if (known) return known;
  const combined = combinePublicKey(shares);
  combinedKeys.set(key, combined);
  if (combinedKeys.size > combinedKept) combinedKeys.delete(combinedKeys.keys().next().value ?? "");
  return combined;
}

/** What the room sees of a secret poll's trustees. */
export function presentSealing(trustees: readonly TrusteeRow[], hash: string | null): NonNullable<Poll["sealing"]> {
  return {
    publicKey: publicKeyOf(trustees),
    trustees: trustees.map((t) => ({
      id: t.trusteeId,
      name: t.name,
      hasKey: t.publicShare !== null,
      hasDecrypted: t.partials !== null,
    })),
    boardHash: hash,
  };
}

/** A poll as the room sees it, with its sealing when secret. */
export async function presentPollWithSealing(db: Executor, row: PollRow): Promise<Poll> {
  if (!row.secret) return presentPoll(row);
  const trustees = await listTrustees(db, row.id);
  const stored = await getAggregates(db, row.id);
  return { ...presentPoll(row), sealing: presentSealing(trustees, stored?.boardHash ?? null) };
}

/** A ballot's group on the board: its delegation's voting constituencies only. */
const groupOf = (row: { constituencies: string[] }) =>
  votingConstituenciesOf({ constituencies: row.constituencies.filter((c) => isOneOf(constituencies, c)) });

/** A board entry from its row: the ballot with its delegation's voting constituencies only. */
export const boardEntryOf = (row: { tracker: string; ballot: SealedBallot; constituencies: string[] }) => ({
  tracker: row.tracker,
  group: groupOf(row),
  ballot: row.ballot,
});

/** The counted ballots' trackers, in order, and their groups: the board without the ballots' bytes. */
async function countedOf(db: Executor, pollId: string) {
  return (await listCountedTrackers(db, pollId)).map((row) => ({ tracker: row.tracker, group: groupOf(row) }));
}

/** Reads the board entries of some trackers, for those a board's cache lacks. */
const entriesOf =
  (db: Executor, pollId: string) =>
  async (trackers: readonly string[]): Promise<BoardEntry[]> =>
    (await sealedBallotsByTrackers(db, pollId, trackers)).map(boardEntryOf);

/** Where a poll's board is read from, for its readers (board-cache.ts). */
export const boardSourceOf = (db: Executor, poll: PollRow): BoardSource => ({
  trackers: () => listTrackers(db, poll.id),
  entries: entriesOf(db, poll.id),
  head: () => buildBoardHead(db, poll),
});

/** The board entries: tracker order, each with its delegation's voting constituencies only. */
async function boardBallots(db: Executor, pollId: string) {
  return (await listSealedBallots(db, pollId)).map(boardEntryOf);
}

/**
 * Closing a secret poll: the aggregates of the scopes the floor allows (and no other), the
 * server's partial decryption of them; the result waits for every other trustee. The ballots go
 * to the workers as the board's JSON entries, parsed there (board-cache.ts `countedEntries`).
 */
export async function closeSealed(uow: UnitOfWork, poll: PollRow): Promise<void> {
  const counted = await countedOf(uow.tx, poll.id);
  const scopes = scopesDisclosed(
    disclosureOf(
      counted.map((b) => b.group),
      limits.secretTallyFloor,
    ),
  );
  const entries = await countedEntries(poll.id, counted, entriesOf(uow.tx, poll.id));
  const aggregates = await proofPool.aggregate(poll.options.length, entries, scopes);
  await insertAggregates(uow.tx, poll.id, aggregates);
  const server = (await listTrustees(uow.tx, poll.id)).find((t) => t.trusteeId === serverTrustee);
  if (!server?.secretShare) throw new Error("the server's trustee share is missing");
  await storePartials(
    uow.tx,
    poll.id,
    serverTrustee,
    await proofPool.decryptShare(poll.id, serverTrustee, server.secretShare, aggregates),
  );
  // Nothing to decrypt: no trustee has anything to add.
  if (aggregates.length === 0) {
    for (const trustee of await listTrustees(uow.tx, poll.id))
      if (trustee.trusteeId !== serverTrustee) await storePartials(uow.tx, poll.id, trustee.trusteeId, []);
  }
}

/**
 * Once every trustee has decrypted: the counts, the published result, the board's hash. The
 * server's secret share is erased: nothing is left to decrypt.
 */
export async function tallyIfComplete(uow: UnitOfWork, poll: PollRow): Promise<PollRow | null> {
  const trustees = await listTrustees(uow.tx, poll.id);
  const stored = await getAggregates(uow.tx, poll.id);
  if (!stored || trustees.some((t) => t.partials === null)) return null;
  // The ballots' trackers and groups only: their bytes are on the board already (board-cache.ts).
  const counted = await countedOf(uow.tx, poll.id);
  const counts = await proofPool.combine(
    stored.aggregates,
    trustees.map((t) => t.partials ?? []),
    counted.length,
  );
  const { turnout } = await turnoutOf(uow.tx, poll.id);
  const all = counts.find((c) => c.scope === "all");
  const byConstituency: PollResult["byConstituency"] = {};
  for (const { scope, counts: row } of counts) if (scope !== "all") byConstituency[scope] = row;
  const result: PollResult = {
    disclosure: counts.length === 0 ? "withheld" : counts.length === 1 ? "overall_only" : "by_constituency",
    turnout,
    eligible: countDelegations(
      eligibleVoters(
        uow.consultation.decisionRule,
        await listDelegations(uow.tx, uow.consultation.id),
        poll.indicative,
      ),
    ),
    overall: all?.counts ?? null,
    byConstituency,
  };
  const row = await updatePoll(uow.tx, poll.id, { result });
  await eraseSecretShare(uow.tx, poll.id, serverTrustee);
  const json = await boardJsonOf(poll.id, await buildBoardHead(uow.tx, row), counted, entriesOf(uow.tx, poll.id));
  const hash = boardHashOf(json);
  await setBoardHash(uow.tx, poll.id, hash);
  // Served from memory once the result shows (board.routes.ts): every delegation reads it now.
  rememberTallied(poll.id, json, hash);
  return row;
}

/** A secret poll's bulletin board, as served to the participants and checked by `verify-poll`. */
export async function buildBoard(db: Executor, poll: PollRow): Promise<Board> {
  return { ...(await buildBoardHead(db, poll)), ballots: await boardBallots(db, poll.id) };
}

/** A board without its ballots: what changes at the close and the tally (board-parts.ts). */
export async function buildBoardHead(db: Executor, poll: PollRow): Promise<Board> {
  const trustees = await listTrustees(db, poll.id);
  const ballots: Board["ballots"] = [];
  const stored = await getAggregates(db, poll.id);
  const result = poll.result;
  const aggregates = stored?.aggregates ?? null;
  return {
    version: "trilogue-board-v1",
    pollId: poll.id,
    question: poll.question,
    options: poll.options,
    maxChoices: poll.maxChoices,
    floor: limits.secretTallyFloor,
    trustees: trustees.map((t) => ({ id: t.trusteeId, name: t.name, publicShare: t.publicShare, proof: t.keyProof })),
    publicKey: publicKeyOf(trustees),
    turnout: (await turnoutOf(db, poll.id)).turnout.overall,
    ballots,
    aggregates,
    partials: trustees.flatMap((t) => (t.partials ? [{ trusteeId: t.trusteeId, partials: t.partials }] : [])),
    result:
      result && aggregates
        ? aggregates.map(({ scope }) => ({
            scope,
            counts: (scope === "all" ? result.overall : result.byConstituency[scope]) ?? [],
          }))
        : null,
  };
}
