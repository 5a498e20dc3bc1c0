import { createHash, randomUUID } from "node:crypto";
import { type Briefing, type Distribution, distributionSchema, is, type Me, onDistribution } from "@trilogue/shared";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { conflict, DomainError, forbidden, notFound } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { briefingAccesses, briefings, consultations, delegations } from "../db/schema.js";
import { assertWholePdf } from "./briefing.rules.js";
import { getBriefing, listBriefings, presentBriefing } from "./briefings.repository.js";
import { watermark, watermarkLine } from "./watermark.js";

/** Who circulates: `operator:<id>` or `participant:<id>`, kept with the briefing. */
export type Circulator = `operator:${string}` | `participant:${string}`;

/**
 * Circulates a briefing: the file is checked (a whole PDF, within the limit) and the list's named
 * delegations must be the consultation's, before anything is stored.
 */
export async function circulateBriefing(
  db: Db,
  consultationId: string,
  input: { title: string; distribution: Distribution; content: Buffer; maxBytes: number },
  by: Circulator,
): Promise<Briefing> {
  assertWholePdf(input.content, input.maxBytes);
  const distribution = distributionSchema.parse(input.distribution);
  return db.transaction(async (tx) => {
    const [consultation] = await tx.select().from(consultations).where(eq(consultations.id, consultationId));
    if (!consultation) throw notFound("No such consultation.", { code: "consultation_not_found" });
    if (distribution.delegationIds.length > 0) {
      const known = await tx
        .select({ id: delegations.id })
        .from(delegations)
        .where(
          and(eq(delegations.consultationId, consultationId), inArray(delegations.id, distribution.delegationIds)),
        );
      if (known.length !== new Set(distribution.delegationIds).size) {
        throw new DomainError(
          "VALIDATION",
          "The distribution list names a delegation that is not in this consultation.",
          undefined,
          { code: "delegation_not_found" },
        );
      }
    }
    const [row] = await tx
      .insert(briefings)
      .values({
        id: randomUUID(),
        consultationId,
        title: input.title,
        distribution,
        content: input.content,
        size: input.content.length,
        sha256: createHash("sha256").update(input.content).digest("hex"),
        circulatedBy: by,
        circulatedAt: new Date(),
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    return presentBriefing(row);
  });
}

/** Withdraws a briefing: it leaves every list and can no longer be downloaded. */
export async function withdrawBriefing(db: Db, consultationId: string, briefingId: string, by: Circulator) {
  const [row] = await db
    .update(briefings)
    .set({ withdrawnAt: new Date(), withdrawnBy: by })
    .where(
      and(eq(briefings.consultationId, consultationId), eq(briefings.id, briefingId), isNull(briefings.withdrawnAt)),
    )
    .returning({ id: briefings.id });
  if (!row) {
    await getBriefing(db, consultationId, briefingId);
    throw conflict("This briefing has already been withdrawn.", { code: "briefing_already_withdrawn" });
  }
}

async function delegationOf(db: Db, me: Me) {
  if (!me.delegationId) return null;
  const [row] = await db.select().from(delegations).where(eq(delegations.id, me.delegationId));
  return row ? { id: row.id, name: row.name, constituencies: row.constituencies } : null;
}

/** Whether a participant circulates for the Secretariat: its secretary, or a Secretariat delegation. */
export async function assertSecretariat(db: Db, me: Me): Promise<void> {
  if (is.secretary(me)) return;
  const delegation = await delegationOf(db, me);
  if (is.delegate(me) && delegation?.constituencies.includes("secretariat")) return;
  throw forbidden("Only the Secretariat circulates and withdraws briefings.", { code: "briefing_secretariat_only" });
}

/** The briefings a participant is on the list for (withdrawn ones leave the list). */
export async function briefingsFor(db: Db, me: Me): Promise<Briefing[]> {
  const delegation = await delegationOf(db, me);
  const rows = await listBriefings(db, me.consultationId);
  return rows
    .filter((row) => !row.withdrawnAt)
    .map(presentBriefing)
    .filter((briefing) => onDistribution(briefing.distribution, { role: me.role, delegation }));
}

/**
 * A participant's download: refused (and recorded) unless on the list; otherwise a copy stamped
 * with the delegation's name (or the person's, for the chair and the secretary) and the time, recorded.
 */
export async function downloadBriefing(
  db: Db,
  me: Me,
  briefingId: string,
): Promise<{ title: string; pdf: Uint8Array } | { refused: DomainError }> {
  const row = await getBriefing(db, me.consultationId, briefingId);
  if (row.withdrawnAt) throw notFound("This briefing has been withdrawn.", { code: "briefing_withdrawn" });
  const delegation = await delegationOf(db, me);
  const at = new Date();
  const access = {
    id: randomUUID(),
    briefingId: row.id,
    consultationId: row.consultationId,
    participantId: me.participantId,
    delegationId: me.delegationId,
    at,
  };
  if (!onDistribution(row.distribution, { role: me.role, delegation })) {
    await db.insert(briefingAccesses).values({ ...access, outcome: "refused", watermark: null });
    return {
      refused: forbidden("This briefing was not circulated to your delegation.", {
        code: "briefing_not_circulated_to_you",
      }),
    };
  }
  const line = watermarkLine(delegation?.name ?? `${me.displayName} (${me.role})`, at);
  const pdf = await watermark(row.content, line);
  await db.insert(briefingAccesses).values({ ...access, outcome: "granted", watermark: line });
  return { title: row.title, pdf };
}
