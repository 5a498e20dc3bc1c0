import { confidentialitySchema, type Mission, type RegisterSources } from "@trilogue/shared";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import {
  acceptances,
  consultations,
  delegations,
  expectations,
  missionExpectationEnds,
  missionExpectationLineage,
  missionImplementationNotes,
  missions,
} from "../db/schema.js";

export function presentMission(row: typeof missions.$inferSelect): Mission {
  return {
    id: row.id,
    name: row.name,
    hostDelegationNames: row.hostDelegationNames,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getMission(db: Executor, missionId: string) {
  const [row] = await db.select().from(missions).where(eq(missions.id, missionId));
  if (!row) throw notFound("No such mission.", { code: "mission_not_found" });
  return row;
}

/** The mission's consultations, the latest (by date, then creation) first. */
export async function missionConsultations(db: Executor, missionId: string) {
  return db
    .select()
    .from(consultations)
    .where(eq(consultations.missionId, missionId))
    .orderBy(desc(consultations.date), desc(consultations.createdAt));
}

/** Everything the register is derived from, read from the mission's consultations. */
export async function registerSources(db: Executor, missionId: string): Promise<RegisterSources> {
  const mission = await getMission(db, missionId);
  const held = await missionConsultations(db, missionId);
  const consultationIds = held.map((c) => c.id);
  // An expectation drafted afresh starts its own lineage (its id); a carried one continues its source's.
  const lineage = consultationIds.length
    ? await db
        .select({ link: missionExpectationLineage, expectation: expectations })
        .from(expectations)
        .leftJoin(missionExpectationLineage, eq(missionExpectationLineage.expectationId, expectations.id))
        .where(inArray(expectations.consultationId, consultationIds))
    : [];
  const expectationIds = lineage.map(({ expectation }) => expectation.id);
  const records = expectationIds.length
    ? await db
        .select({ record: acceptances, delegationName: delegations.name })
        .from(acceptances)
        .innerJoin(delegations, eq(delegations.id, acceptances.delegationId))
        .where(inArray(acceptances.expectationId, expectationIds))
        .orderBy(asc(acceptances.recordedAt))
    : [];
  const notes = await db
    .select()
    .from(missionImplementationNotes)
    .where(eq(missionImplementationNotes.missionId, missionId));
  const ends = await db.select().from(missionExpectationEnds).where(eq(missionExpectationEnds.missionId, missionId));
  return {
    mission: presentMission(mission),
    consultations: held.map((c) => ({
      id: c.id,
      title: c.title,
      date: c.date,
      confidentiality: confidentialitySchema.parse(c.confidentiality),
    })),
    expectations: lineage.map(({ link, expectation }) => ({
      id: expectation.id,
      consultationId: expectation.consultationId,
      lineageId: link?.lineageId ?? expectation.id,
      version: expectation.version,
      // Written only from payloads the shared schemas parsed.
      fields: expectation.fields,
      status: expectation.status,
    })),
    acceptances: records.map(({ record, delegationName }) => ({
      expectationId: record.expectationId,
      version: record.version,
      delegationName,
      kind: record.kind,
      caveat: record.caveat,
      recordedAt: record.recordedAt.toISOString(),
    })),
    notes: notes.map((note) => ({
      lineageId: note.lineageId,
      text: note.text,
      authorName: note.authorName,
      writtenAt: note.writtenAt.toISOString(),
    })),
    ends: ends.map((end) => ({
      lineageId: end.lineageId,
      kind: end.kind,
      supersededBy: end.supersededBy,
      consultationId: end.consultationId,
      note: end.note,
      endedAt: end.endedAt.toISOString(),
    })),
  };
}
