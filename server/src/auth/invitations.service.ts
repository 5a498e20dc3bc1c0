import { randomUUID } from "node:crypto";
import {
  type Invitation,
  type InvitationPreview,
  type IssueInvitationBody,
  issueInvitationBodySchema,
  type Me,
  type ReasonCode,
  type SessionEndReason,
} from "@trilogue/shared";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { batchedLookup } from "../core/batched-lookup.js";
import { DomainError, notFound } from "../core/errors.js";
import { hashToken, newToken } from "../core/tokens.js";
import type { Db } from "../db/database.js";
import { consultations, delegations, invitations, participants, sessions } from "../db/schema.js";
import { sessionEnd, worthRecordingUse } from "./sessions.rules.js";
import { recordSessionUse } from "./sessions.service.js";

export type InvitationRow = typeof invitations.$inferSelect;

/** Where an invitation link points: the token travels in the fragment, so no server log sees it. */
export const invitationUrl = (publicUrl: string, token: string) => `${publicUrl}/join#${token}`;

function presentInvitation(row: InvitationRow, url?: string, lastUsedAt: Date | null = null): Invitation {
  return {
    id: row.id,
    role: row.role,
    delegationId: row.delegationId,
    label: row.label,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    issuedAt: row.createdAt.toISOString(),
    lastUsedAt: lastUsedAt?.toISOString() ?? null,
    ...(url ? { url } : {}),
  };
}

/** Issues a link for one role (and delegation) in one consultation; the token is returned once. */
export async function issueInvitation(
  db: Db,
  publicUrl: string,
  consultationId: string,
  input: IssueInvitationBody,
): Promise<Invitation> {
  const body = issueInvitationBodySchema.parse(input);
  const [consultation] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  if (!consultation) throw notFound("No such consultation.", { code: "consultation_not_found" });
  if (body.delegationId) {
    const [delegation] = await db
      .select({ id: delegations.id })
      .from(delegations)
      .where(and(eq(delegations.id, body.delegationId), eq(delegations.consultationId, consultationId)));
    if (!delegation) throw notFound("No such delegation in this consultation.", { code: "delegation_not_found" });
  }
  const token = newToken();
  const [row] = await db
    .insert(invitations)
    .values({
      id: randomUUID(),
      consultationId,
      delegationId: body.delegationId,
      role: body.role,
      tokenHash: hashToken(token),
      label: body.label ?? null,
      maxRedemptions: body.maxRedemptions ?? null,
      expiresAt: new Date(Date.now() + body.expiresInHours * 3600_000),
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  return presentInvitation(row, invitationUrl(publicUrl, token));
}

/** The consultation's links, oldest first, each with when a session opened with it was last used. */
export async function listInvitations(db: Db, consultationId: string): Promise<Invitation[]> {
  const [rows, uses] = await Promise.all([
    db
      .select()
      .from(invitations)
      .where(eq(invitations.consultationId, consultationId))
      .orderBy(asc(invitations.createdAt)),
    db
      .select({
        invitationId: sessions.invitationId,
        // A session's last use, or its opening when it has not been used since.
        lastUsedAt: sql<string | null>`max(coalesce(${sessions.lastSeenAt}, ${sessions.createdAt}))`,
      })
      .from(sessions)
      .innerJoin(invitations, eq(invitations.id, sessions.invitationId))
      .where(eq(invitations.consultationId, consultationId))
      .groupBy(sessions.invitationId),
  ]);
  const lastUse = new Map(uses.map((use) => [use.invitationId, use.lastUsedAt ? new Date(use.lastUsedAt) : null]));
  return rows.map((row) => presentInvitation(row, undefined, lastUse.get(row.id) ?? null));
}

/** Revokes a link and every session opened with it. */
export async function revokeInvitation(db: Db, consultationId: string, invitationId: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.id, invitationId), eq(invitations.consultationId, consultationId)))
      .returning();
    if (!row) throw notFound("No such invitation.", { code: "invitation_not_found" });
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: now, revokedReason: "revoked" })
      .where(and(eq(sessions.invitationId, invitationId), isNull(sessions.revokedAt)))
      .returning({ participantId: sessions.participantId });
    return ended.map((session) => session.participantId);
  });
}

const invalidInvitation = () =>
  new DomainError(
    "UNAUTHENTICATED",
    "This invitation link is not valid. Ask the Secretariat for a new one.",
    undefined,
    {
      code: "invitation_invalid",
    },
  );

const invitationByHash = batchedLookup(async (db, hashes) => {
  const rows = await db
    .select()
    .from(invitations)
    .where(inArray(invitations.tokenHash, [...hashes]));
  return new Map(rows.map((row) => [row.tokenHash, row]));
});

export async function usableInvitation(db: Db, token: string): Promise<InvitationRow> {
  const row = await invitationByHash(db, hashToken(token));
  if (!row) throw invalidInvitation();
  if (row.revokedAt)
    throw new DomainError("UNAUTHENTICATED", "This invitation link has been revoked.", undefined, {
      code: "invitation_revoked",
    });
  if (row.expiresAt.getTime() <= Date.now())
    throw new DomainError("UNAUTHENTICATED", "This invitation link has expired.", undefined, {
      code: "invitation_expired",
    });
  return row;
}

/** What a link is for, so the join page can greet the person before they give a name. */
export async function previewInvitation(db: Db, token: string): Promise<InvitationPreview> {
  const invitation = await usableInvitation(db, token);
  const [consultation] = await db.select().from(consultations).where(eq(consultations.id, invitation.consultationId));
  if (!consultation) throw invalidInvitation();
  const [delegation] = invitation.delegationId
    ? await db.select().from(delegations).where(eq(delegations.id, invitation.delegationId))
    : [];
  return {
    consultationTitle: consultation.title,
    role: invitation.role,
    delegationName: delegation?.name ?? null,
    decisionRule: consultation.decisionRule,
  };
}

/** Who a session token belongs to, or why it is refused. */
const sessionByHash = batchedLookup(async (db, hashes) => {
  const rows = await db
    .select({ session: sessions, participant: participants })
    .from(sessions)
    .innerJoin(participants, eq(participants.id, sessions.participantId))
    .where(inArray(sessions.tokenHash, [...hashes]));
  return new Map(rows.map((row) => [row.session.tokenHash, row]));
});

export async function resolveSession(db: Db, sessionToken: string): Promise<Me> {
  return (await resolveSessionWithId(db, sessionToken)).me;
}

const endedReasons = {
  "signed-out": "session_signed_out",
  replaced: "session_replaced",
  revoked: "session_revoked",
  expired: "session_expired",
  idle: "session_idle",
} as const satisfies Record<SessionEndReason, ReasonCode>;

const endedMessages: Record<SessionEndReason, string> = {
  "signed-out": "You have signed out. Open your invitation link again.",
  replaced: "This session was replaced when you joined again. Open your invitation link again.",
  revoked: "Your session has been revoked.",
  expired: "Your session has expired.",
  idle: "Your session ended after a long time without use. Open your invitation link again.",
};

/** Who a session token belongs to and which session it is; refused once the session has ended. */
export async function resolveSessionWithId(db: Db, sessionToken: string): Promise<{ me: Me; sessionId: string }> {
  const row = await sessionByHash(db, hashToken(sessionToken));
  if (!row)
    throw new DomainError("UNAUTHENTICATED", "Your session is not valid. Open your invitation link again.", undefined, {
      code: "session_invalid",
    });
  const now = new Date();
  const ended = sessionEnd(row.session, now);
  if (ended) throw new DomainError("UNAUTHENTICATED", endedMessages[ended], undefined, { code: endedReasons[ended] });
  if (worthRecordingUse(row.session, now)) void recordSessionUse(db, [row.session.id], now).catch(() => undefined);
  return {
    sessionId: row.session.id,
    me: {
      participantId: row.participant.id,
      consultationId: row.participant.consultationId,
      role: row.participant.role,
      delegationId: row.participant.delegationId,
      displayName: row.participant.displayName,
    },
  };
}
