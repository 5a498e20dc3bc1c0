import { countDelegations, type Delegation } from "@trilogue/shared";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { presentDelegation } from "../consultations/consultations.presenter.js";
import { forbidden, notFound } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { rowsParser } from "../db/raw-rows.js";
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

const castRows = rowsParser(z.object({ id: z.string(), changed: z.unknown() }));
const batchCastRows = rowsParser(z.object({ id: z.string(), delegation_id: z.string(), changed: z.unknown() }));

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
  const [returned] = castRows(result);
  if (!returned) throw new Error("upsert returned nothing");
  return { row: { ...values, id: returned.id, choices: values.choices }, changed: Boolean(returned.changed) };
}

/**
 * Several named polls' ballots of one poll at once (a storm's batch), each replacing its
 * delegation's last, with the delegations' participation, in one statement as `castNamedBallot`
 * does for one: a batch costs one round trip for them instead of three (who had voted, the
 * participations, the ballots). One ballot per delegation per call. `changed`: the delegation had
 * voted before (the CTE reads the table as it was when the statement began).
 */
export async function castNamedBallots(
  db: Executor,
  pollId: string,
  values: readonly (typeof pollBallots.$inferInsert & { castBy: string; castAt: Date })[],
): Promise<Map<string, { row: typeof pollBallots.$inferSelect; changed: boolean }>> {
  if (values.length === 0) return new Map();
  const delegationIds = values.map((value) => value.delegationId);
  const result = await db.execute(sql`
    with casts as (${unnestRows(pollBallots, values)}), prior as (
      select ${pollParticipation.delegationId} as delegation_id from ${pollParticipation}
      where ${pollParticipation.pollId} = ${pollId}
        and ${pollParticipation.delegationId} = any(${sql.param(delegationIds)}::text[]::uuid[])
    ), participation as (
      insert into ${pollParticipation} (poll_id, delegation_id, cast_by)
      select poll_id, delegation_id, cast_by from casts
      on conflict (poll_id, delegation_id) do update set cast_by = excluded.cast_by
    )
    insert into ${pollBallots} (id, poll_id, delegation_id, choices, cast_by, cast_at)
    select id, poll_id, delegation_id, choices, cast_by, cast_at from casts
    on conflict (poll_id, delegation_id)
      do update set choices = excluded.choices, cast_by = excluded.cast_by, cast_at = excluded.cast_at
    returning id, delegation_id, delegation_id in (select delegation_id from prior) as changed`);
  const returned = batchCastRows(result);
  const byDelegation = new Map(values.map((value) => [value.delegationId, value]));
  const stored = new Map<string, { row: typeof pollBallots.$inferSelect; changed: boolean }>();
  for (const { id, delegation_id: delegationId, changed } of returned) {
    const value = byDelegation.get(delegationId);
    if (value) stored.set(delegationId, { row: { ...value, id, choices: value.choices }, changed: Boolean(changed) });
  }
  return stored;
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
  // One array parameter, not one per id: a batch of 500 ballots built 500 parameters here.
  const rows = await db
    .select()
    .from(delegations)
    .where(
      and(
        eq(delegations.consultationId, consultationId),
        sql`${delegations.id} = any(${sql.param([...ids])}::text[]::uuid[])`,
      ),
    );
  return new Map(rows.map((row) => [row.id, presentDelegation(row)]));
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
