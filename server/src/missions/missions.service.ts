import { randomUUID } from "node:crypto";
import {
  buildRegister,
  type ConsultationEvent,
  type CreateMissionConsultationBody,
  createConsultationBodySchema,
  createMissionConsultationBodySchema,
  defaultDecisionRule,
  type EndStandingExpectationBody,
  type ExpectationsRegister,
  templateFor,
} from "@trilogue/shared";
import { asc, eq } from "drizzle-orm";
import { presentItem } from "../agenda/agenda.presenter.js";
import { presentConsultation, presentDelegation } from "../consultations/consultations.presenter.js";
import { conflict, notFound } from "../core/errors.js";
import type { Db } from "../db/database.js";
import {
  agendaItems,
  consultations,
  delegations,
  expectations,
  expectationVersions,
  missionExpectationEnds,
  missionExpectationLineage,
  missionImplementationNotes,
} from "../db/schema.js";
import { appendEvents } from "../events/event-log.repository.js";
import { genesisHash } from "../events/log-chain.js";
import { presentExpectation, presentExpectationVersion } from "../expectations/expectations.presenter.js";
import { getMission, missionConsultations, registerSources } from "./missions.repository.js";

/** The mission's register as of now. */
export async function missionRegister(
  db: Db,
  missionId: string,
  staleAfterDays: number,
): Promise<ExpectationsRegister> {
  return buildRegister(await registerSources(db, missionId), { now: new Date(), staleAfterDays });
}

/**
 * Creates the mission's next consultation in one transaction, from the previous one (the latest,
 * or the one named): its settings, delegations and agenda (titles, questions, time boxes), and
 * each standing agreed expectation of the register as a draft to take up again, linked to its
 * lineage. The first consultation of a mission starts from the concept note's template.
 */
export async function createMissionConsultation(
  db: Db,
  missionId: string,
  input: CreateMissionConsultationBody,
  operatorId: string | null,
): Promise<{ id: string; events: ConsultationEvent[] }> {
  const body = createMissionConsultationBodySchema.parse(input);
  await getMission(db, missionId);
  const held = await missionConsultations(db, missionId);
  const previous = body.fromConsultationId ? held.find((c) => c.id === body.fromConsultationId) : held[0];
  if (body.fromConsultationId && !previous)
    throw notFound("That consultation is not one of this mission's.", { code: "mission_consultation_not_found" });
  const register = previous ? await missionRegister(db, missionId, 3650) : null;
  const now = new Date();
  return db.transaction(async (tx) => {
    const defaults = createConsultationBodySchema.parse({ title: body.title, date: body.date });
    const [row] = await tx
      .insert(consultations)
      .values({
        id: randomUUID(),
        title: body.title,
        date: body.date,
        missionContext: previous?.missionContext ?? "",
        languages: previous?.languages ?? defaults.languages,
        workingLanguage: previous?.workingLanguage ?? defaults.workingLanguage,
        confidentiality: body.confidentiality ?? previous?.confidentiality ?? defaults.confidentiality,
        decisionRule: previous?.decisionRule ?? defaultDecisionRule,
        missionId,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    // The previous consultation's items with their times; the first one's from the template, with
    // the times the agenda's columns default to.
    const sourceItems: readonly {
      title: string;
      question: string;
      timeBoxSeconds?: number | null;
      speakingTimeSeconds?: number;
      pointOfOrderSeconds?: number;
    }[] = previous
      ? await tx
          .select()
          .from(agendaItems)
          .where(eq(agendaItems.consultationId, previous.id))
          .orderBy(asc(agendaItems.position))
      : templateFor(defaults.workingLanguage).items;
    const itemIdByPosition = new Map<number, string>();
    const items = sourceItems.length
      ? await tx
          .insert(agendaItems)
          .values(
            sourceItems.map((item, position) => {
              const id = randomUUID();
              itemIdByPosition.set(position, id);
              return {
                id,
                consultationId: row.id,
                position,
                title: item.title,
                question: item.question,
                timeBoxSeconds: item.timeBoxSeconds,
                speakingTimeSeconds: item.speakingTimeSeconds,
                pointOfOrderSeconds: item.pointOfOrderSeconds,
              };
            }),
          )
          .returning()
      : [];
    const sourceDelegations = previous
      ? await tx
          .select()
          .from(delegations)
          .where(eq(delegations.consultationId, previous.id))
          .orderBy(asc(delegations.name))
      : [];
    const newDelegations = sourceDelegations.length
      ? await tx
          .insert(delegations)
          .values(
            sourceDelegations.map((d) => ({
              id: randomUUID(),
              consultationId: row.id,
              name: d.name,
              countryCode: d.countryCode,
              constituencies: d.constituencies,
            })),
          )
          .returning()
      : [];
    const carried = await carryStandingExpectations(tx, {
      missionId,
      consultationId: row.id,
      register,
      previousId: previous?.id ?? null,
      itemIdByPosition,
      operatorId,
      now,
    });
    const events = await appendEvents(
      tx,
      { consultationId: row.id, seq: 0, hash: genesisHash },
      null,
      [
        {
          type: "consultation:created",
          patch: {
            consultation: presentConsultation(row),
            upsert: {
              items: items.map(presentItem),
              delegations: newDelegations.map(presentDelegation),
              expectations: carried.expectations,
              expectationVersions: carried.versions,
            },
          },
        },
      ],
      now,
    );
    return { id: row.id, events };
  });
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function carryStandingExpectations(
  tx: Tx,
  options: {
    missionId: string;
    consultationId: string;
    register: ExpectationsRegister | null;
    previousId: string | null;
    itemIdByPosition: Map<number, string>;
    operatorId: string | null;
    now: Date;
  },
) {
  const { register, now } = options;
  const standing = register?.expectations.filter((e) => e.standing === "standing") ?? [];
  if (standing.length === 0) return { expectations: [], versions: [] };
  // Where each lineage last stood in the previous consultation: its item (by agenda position).
  const previousRows = options.previousId
    ? await tx
        .select({ expectation: expectations, link: missionExpectationLineage, position: agendaItems.position })
        .from(expectations)
        .leftJoin(missionExpectationLineage, eq(missionExpectationLineage.expectationId, expectations.id))
        .leftJoin(agendaItems, eq(agendaItems.id, expectations.itemId))
        .where(eq(expectations.consultationId, options.previousId))
    : [];
  const lastOf = new Map(previousRows.map((r) => [r.link?.lineageId ?? r.expectation.id, r]));
  const carriedExpectations = [];
  const carriedVersions = [];
  for (const entry of standing) {
    const source = lastOf.get(entry.lineageId);
    const itemId =
      source?.position !== null && source?.position !== undefined
        ? (options.itemIdByPosition.get(source.position) ?? null)
        : null;
    const id = randomUUID();
    // The drafter is the system (no participant yet): the nil id marks it as carried in.
    const drafter = "00000000-0000-0000-0000-000000000000";
    const [row] = await tx
      .insert(expectations)
      .values({
        id,
        consultationId: options.consultationId,
        itemId,
        version: 1,
        fields: entry.fields,
        status: "draft",
        draftedBy: drafter,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const [version] = await tx
      .insert(expectationVersions)
      .values({
        id: randomUUID(),
        consultationId: options.consultationId,
        expectationId: id,
        version: 1,
        fields: entry.fields,
        authorId: drafter,
        authorDelegationId: null,
        amendmentId: null,
        createdAt: now,
      })
      .returning();
    if (!row || !version) throw new Error("insert returned nothing");
    await tx.insert(missionExpectationLineage).values({
      expectationId: id,
      missionId: options.missionId,
      lineageId: entry.lineageId,
      carriedFromId: source?.expectation.id ?? null,
    });
    carriedExpectations.push(presentExpectation(row));
    carriedVersions.push(presentExpectationVersion(version));
  }
  return { expectations: carriedExpectations, versions: carriedVersions };
}

/** Ends a standing expectation of the register: withdrawn, or superseded by another. */
export async function endStandingExpectation(
  db: Db,
  missionId: string,
  lineageId: string,
  body: EndStandingExpectationBody,
  endedBy: string | null,
) {
  const register = await missionRegister(db, missionId, 3650);
  const entry = register.expectations.find((e) => e.lineageId === lineageId);
  if (!entry)
    throw notFound("No agreed expectation of this mission has that id.", { code: "mission_expectation_not_found" });
  if (entry.standing !== "standing")
    throw conflict("That expectation has already ended.", { code: "mission_expectation_ended" });
  if (
    body.kind === "superseded" &&
    !register.expectations.some((e) => e.lineageId === body.supersededBy && e.lineageId !== lineageId)
  ) {
    throw conflict("A superseded expectation names the register's expectation that replaces it.", {
      code: "mission_supersede_needs_replacement",
    });
  }
  if (body.consultationId && !register.consultations.some((c) => c.id === body.consultationId)) {
    throw notFound("That consultation is not one of this mission's.", { code: "mission_consultation_not_found" });
  }
  await db.insert(missionExpectationEnds).values({
    missionId,
    lineageId,
    kind: body.kind,
    supersededBy: body.kind === "superseded" ? (body.supersededBy ?? null) : null,
    consultationId: body.consultationId ?? null,
    note: body.note ?? "",
    endedBy,
    endedAt: new Date(),
  });
}

/** Adds a Secretariat implementation note to a standing expectation of the register. */
export async function addImplementationNote(
  db: Db,
  missionId: string,
  lineageId: string,
  note: { text: string; authorName: string; authorRef: string },
) {
  const register = await missionRegister(db, missionId, 3650);
  if (!register.expectations.some((e) => e.lineageId === lineageId)) {
    throw notFound("No agreed expectation of this mission has that id.", { code: "mission_expectation_not_found" });
  }
  await db
    .insert(missionImplementationNotes)
    .values({ id: randomUUID(), missionId, lineageId, ...note, writtenAt: new Date() });
}
