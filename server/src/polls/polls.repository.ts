import { countDelegations, type Delegation } from "@trilogue/shared";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { presentDelegation } from "../consultations/consultations.presenter.js";
import { forbidden, notFound } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { rowsOf } from "../db/raw-rows.js";
import { delegations, pollBallots, pollParticipation, polls } from "../db/schema.js";
import { unnestRows } from "../db/unnest.js";

export type PollRow = typeof polls.$inferSelect;

/** The poll, which must belong to the consultation. */
export async function getPoll(db: Executor, consultationId: string, pollId: string): Promise<PollRow> {
  const [row] = await db
    .select()
    .from(polls)
    .where(and(eq(polls.consultationId, consultationId), eq(polls.id, pollId)));
  if (!row) throw notFound("No such poll.", { code: "poll_not_found" });
  return row;
}

export async function insertPoll(db: Executor, values: PollRow): Promise<PollRow> {
  const [row] = await db.insert(polls).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function updatePoll(
  db: Executor,
  pollId: string,
  values: Partial<Pick<PollRow, "status" | "openedAt" | "closedAt" | "result" | "announcedTurnout">>,
): Promise<PollRow> {
  const [row] = await db.update(polls).set(values).where(eq(polls.id, pollId)).returning();
  if (!row) throw notFound("No such poll.", { code: "poll_not_found" });
  return row;
}

export async function countPollsOnItem(db: Executor, itemId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(polls).where(eq(polls.itemId, itemId));
  return row?.n ?? 0;
}

export async function listPolls(db: Executor, consultationId: string): Promise<PollRow[]> {
  return db.select().from(polls).where(eq(polls.consultationId, consultationId));
}

/** The member's delegation as the tally sees it. */
/**
 * A poll and the casting delegate's delegation (null when it is not registered here), in one
 * query: what a ballot checks first. No poll is refused as `getPoll` refuses.
 */
export async function pollAndDelegation(
  db: Executor,
  consultationId: string,
  pollId: string,
  delegationId: string,
): Promise<{ poll: PollRow; delegation: Delegation | null }> {
  const [row] = await db
    .select({ poll: polls, delegation: delegations })
    .from(polls)
    .leftJoin(delegations, and(eq(delegations.consultationId, consultationId), eq(delegations.id, delegationId)))
    .where(and(eq(polls.consultationId, consultationId), eq(polls.id, pollId)));
  if (!row) throw notFound("No such poll.", { code: "poll_not_found" });
  return { poll: row.poll, delegation: row.delegation ? presentDelegation(row.delegation) : null };
}

export async function getDelegation(db: Executor, consultationId: string, delegationId: string): Promise<Delegation> {
  const [row] = await db
    .select()
    .from(delegations)
    .where(and(eq(delegations.consultationId, consultationId), eq(delegations.id, delegationId)));
  if (!row)
    throw forbidden("Your delegation is not registered in this consultation.", { code: "delegation_not_registered" });
  return presentDelegation(row);
}

export async function listDelegations(db: Executor, consultationId: string): Promise<Delegation[]> {
  const rows = await db.select().from(delegations).where(eq(delegations.consultationId, consultationId));
  return rows.map(presentDelegation);
}

/** The delegations that have voted in a poll (THAT they voted; never what). */
export async function voters(db: Executor, pollId: string): Promise<Delegation[]> {
  const rows = await db
    .select({ delegation: delegations })
    .from(pollParticipation)
    .innerJoin(delegations, eq(delegations.id, pollParticipation.delegationId))
    .where(eq(pollParticipation.pollId, pollId));
  return rows.map((row) => presentDelegation(row.delegation));
}

/** Turnout from participation: counts only. */
export async function turnoutOf(db: Executor, pollId: string) {
  const voting = await voters(db, pollId);
  return { voting, turnout: countDelegations(voting) };
}

export async function hasVoted(db: Executor, pollId: string, delegationId: string): Promise<boolean> {
  const [row] = await db
    .select({ pollId: pollParticipation.pollId })
    .from(pollParticipation)
    .where(and(eq(pollParticipation.pollId, pollId), eq(pollParticipation.delegationId, delegationId)));
  return row !== undefined;
}

/** Records that a delegation voted (or, on a change, who cast the ballot that now counts). */
export async function recordParticipation(db: Executor, pollId: string, delegationId: string, castBy: string) {
  await db
    .insert(pollParticipation)
    .values({ pollId, delegationId, castBy })
    .onConflictDoUpdate({ target: [pollParticipation.pollId, pollParticipation.delegationId], set: { castBy } });
}

/**
 * A named poll's ballot, the last cast replacing the one before, and the delegation's
 * participation, in one statement; says whether the delegation had voted before (the CTE reads
 * the table as it was when the statement began).
 */
export async function castNamedBallot(
  db: Executor,
  values: typeof pollBallots.$inferInsert & { castAt: Date },
): Promise<{ row: typeof pollBallots.$inferSelect; changed: boolean }> {
  const result = await db.execute(sql`
    with prior as (
      select 1 from ${pollParticipation}
      where ${pollParticipation.pollId} = ${values.pollId} and ${pollParticipation.delegationId} = ${values.delegationId}
    ), participation as (
      insert into ${pollParticipation} (poll_id, delegation_id, cast_by)
      values (${values.pollId}, ${values.delegationId}, ${values.castBy})
      on conflict (poll_id, delegation_id) do update set cast_by = excluded.cast_by
    )
    insert into ${pollBallots} (id, poll_id, delegation_id, choices, cast_by, cast_at)
    ${unnestRows(pollBallots, [values])}
    on conflict (poll_id, delegation_id)
      do update set choices = excluded.choices, cast_by = excluded.cast_by, cast_at = excluded.cast_at
    returning id, exists (select 1 from prior) as changed`);
  const [returned] = rowsOf(result, z.object({ id: z.string(), changed: z.unknown() }));
  if (!returned) throw new Error("upsert returned nothing");
  return { row: { ...values, id: returned.id, choices: values.choices }, changed: Boolean(returned.changed) };
}

export function listBallots(db: Executor, pollIds: readonly string[]) {
  if (pollIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(pollBallots)
    .where(inArray(pollBallots.pollId, [...pollIds]));
}

/** Several delegations of a consultation by id, keyed by id (for a batch of ballots). */
export async function delegationsByIds(
  db: Executor,
  consultationId: string,
  ids: readonly string[],
): Promise<Map<string, Delegation>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(delegations)
    .where(and(eq(delegations.consultationId, consultationId), inArray(delegations.id, [...ids])));
  return new Map(rows.map((row) => [row.id, presentDelegation(row)]));
}

/** Which of these delegations have voted in the poll already. */
export async function votedAmong(db: Executor, pollId: string, delegationIds: readonly string[]): Promise<Set<string>> {
  if (delegationIds.length === 0) return new Set();
  const rows = await db
    .select({ delegationId: pollParticipation.delegationId })
    .from(pollParticipation)
    .where(and(eq(pollParticipation.pollId, pollId), inArray(pollParticipation.delegationId, [...delegationIds])));
  return new Set(rows.map((row) => row.delegationId));
}

/** Records several delegations' participation at once; each delegation at most once per call. */
export async function recordParticipations(
  db: Executor,
  rows: readonly { pollId: string; delegationId: string; castBy: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(pollParticipation)
    .select(unnestRows(pollParticipation, rows))
    .onConflictDoUpdate({
      target: [pollParticipation.pollId, pollParticipation.delegationId],
      set: { castBy: sql`excluded.cast_by` },
    });
}

/** Several named ballots at once, each replacing its delegation's last; one per delegation per call. */
export async function upsertBallots(db: Executor, values: readonly (typeof pollBallots.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db
    .insert(pollBallots)
    .select(unnestRows(pollBallots, values))
    .onConflictDoUpdate({
      target: [pollBallots.pollId, pollBallots.delegationId],
      set: { choices: sql`excluded.choices`, castBy: sql`excluded.cast_by`, castAt: sql`excluded.cast_at` },
    })
    .returning();
}
