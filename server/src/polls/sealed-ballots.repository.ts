import type { Aggregate, SealedBallot, TrusteePartials, TrusteeShare } from "@trilogue/shared";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { delegations, pollAggregates, pollSealedBallots, pollTrustees } from "../db/schema.js";
import { unnestRows } from "../db/unnest.js";

/**
 * A secret poll's storage: trustees, sealed ballots (ciphertexts and proofs only) and, after
 * close, the aggregates. No plaintext choice and no counter is ever written.
 */

export type TrusteeRow = typeof pollTrustees.$inferSelect;

export async function insertTrustees(db: Executor, rows: (typeof pollTrustees.$inferInsert)[]): Promise<void> {
  await db.insert(pollTrustees).values(rows);
}

/** The poll's trustees in their fixed order. */
export function listTrustees(db: Executor, pollId: string): Promise<TrusteeRow[]> {
  return db.select().from(pollTrustees).where(eq(pollTrustees.pollId, pollId)).orderBy(asc(pollTrustees.position));
}

export async function storeTrusteeKey(db: Executor, pollId: string, trusteeId: string, share: TrusteeShare) {
  await db
    .update(pollTrustees)
    .set({ publicShare: share.publicShare, keyProof: share.proof })
    .where(and(eq(pollTrustees.pollId, pollId), eq(pollTrustees.trusteeId, trusteeId)));
}

export async function storePartials(db: Executor, pollId: string, trusteeId: string, partials: TrusteePartials) {
  await db
    .update(pollTrustees)
    .set({ partials })
    .where(and(eq(pollTrustees.pollId, pollId), eq(pollTrustees.trusteeId, trusteeId)));
}

/** Whether a ballot with this tracker (so with these very ciphertexts) is on the poll's board already. */
export async function trackerTaken(db: Executor, pollId: string, tracker: string): Promise<boolean> {
  const [row] = await db
    .select({ tracker: pollSealedBallots.tracker })
    .from(pollSealedBallots)
    .where(and(eq(pollSealedBallots.pollId, pollId), eq(pollSealedBallots.tracker, tracker)));
  return row !== undefined;
}

/** Which of these trackers are on the poll's board already (one query for a batch of ballots). */
export async function takenTrackers(db: Executor, pollId: string, trackers: readonly string[]): Promise<Set<string>> {
  if (trackers.length === 0) return new Set();
  const rows = await db
    .select({ tracker: pollSealedBallots.tracker })
    .from(pollSealedBallots)
    .where(and(eq(pollSealedBallots.pollId, pollId), inArray(pollSealedBallots.tracker, [...trackers])));
  return new Set(rows.map((row) => row.tracker));
}

/**
 * Stores several delegations' sealed ballots at once, each replacing its delegation's last: one
 * statement (`unnest`) for a storm's batch instead of one round trip per ballot. One per
 * delegation per call.
 */
export async function upsertSealedBallots(
  db: Executor,
  rows: readonly (typeof pollSealedBallots.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(pollSealedBallots)
    .select(unnestRows(pollSealedBallots, rows))
    .onConflictDoUpdate({
      target: [pollSealedBallots.pollId, pollSealedBallots.delegationId],
      set: { tracker: sql`excluded.tracker`, ballot: sql`excluded.ballot` },
    });
}

/** Stores a delegation's sealed ballot, replacing its last one. */
export async function upsertSealedBallot(db: Executor, row: typeof pollSealedBallots.$inferInsert): Promise<void> {
  await db
    .insert(pollSealedBallots)
    .values(row)
    .onConflictDoUpdate({
      target: [pollSealedBallots.pollId, pollSealedBallots.delegationId],
      set: { tracker: sql`excluded.tracker`, ballot: sql`excluded.ballot` },
    });
}

/** The counted ballots with their delegations' constituencies, in tracker order (reveals nothing). */
export function listSealedBallots(db: Executor, pollId: string) {
  return sealedBallotsWhere(db, eq(pollSealedBallots.pollId, pollId));
}

function sealedBallotsWhere(db: Executor, where: SQL | undefined) {
  return db
    .select({
      tracker: pollSealedBallots.tracker,
      ballot: pollSealedBallots.ballot,
      constituencies: delegations.constituencies,
    })
    .from(pollSealedBallots)
    .innerJoin(delegations, eq(delegations.id, pollSealedBallots.delegationId))
    .where(where)
    .orderBy(asc(pollSealedBallots.tracker)) as Promise<
    { tracker: string; ballot: SealedBallot; constituencies: string[] }[]
  >;
}

/** The counted ballots' trackers, in order, with their delegations' constituencies: a board without its ballots' bytes. */
export function listCountedTrackers(db: Executor, pollId: string) {
  return db
    .select({ tracker: pollSealedBallots.tracker, constituencies: delegations.constituencies })
    .from(pollSealedBallots)
    .innerJoin(delegations, eq(delegations.id, pollSealedBallots.delegationId))
    .where(eq(pollSealedBallots.pollId, pollId))
    .orderBy(asc(pollSealedBallots.tracker));
}

/** The trackers of the counted ballots, in order: what a board's readers follow while the poll is open. */
export async function listTrackers(db: Executor, pollId: string): Promise<string[]> {
  const rows = await db
    .select({ tracker: pollSealedBallots.tracker })
    .from(pollSealedBallots)
    .where(eq(pollSealedBallots.pollId, pollId))
    .orderBy(asc(pollSealedBallots.tracker));
  return rows.map((row) => row.tracker);
}

/** The counted ballots with these trackers (those a board's cache does not hold yet), as `listSealedBallots`. */
export async function sealedBallotsByTrackers(db: Executor, pollId: string, trackers: readonly string[]) {
  if (trackers.length === 0) return [];
  return sealedBallotsWhere(
    db,
    and(eq(pollSealedBallots.pollId, pollId), inArray(pollSealedBallots.tracker, [...trackers])),
  );
}

export async function insertAggregates(db: Executor, pollId: string, aggregates: Aggregate[]): Promise<void> {
  await db.insert(pollAggregates).values({ pollId, aggregates });
}

export async function getAggregates(db: Executor, pollId: string) {
  const [row] = await db.select().from(pollAggregates).where(eq(pollAggregates.pollId, pollId));
  return row ?? null;
}

export async function setBoardHash(db: Executor, pollId: string, boardHash: string): Promise<void> {
  await db.update(pollAggregates).set({ boardHash }).where(eq(pollAggregates.pollId, pollId));
}

/** Forgets a trustee's secret share (the server's, once the result is out). */
export async function eraseSecretShare(db: Executor, pollId: string, trusteeId: string): Promise<void> {
  await db
    .update(pollTrustees)
    .set({ secretShare: null })
    .where(and(eq(pollTrustees.pollId, pollId), eq(pollTrustees.trusteeId, trusteeId)));
}
