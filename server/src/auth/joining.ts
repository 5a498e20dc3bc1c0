import { randomUUID } from "node:crypto";
import type { Participant } from "@trilogue/shared";
import DataLoader from "dataloader";
import { eq, inArray, sql } from "drizzle-orm";
import { presentParticipant } from "../consultations/consultations.presenter.js";
import { batchOptions } from "../core/batched-lookup.js";
import { DomainError } from "../core/errors.js";
import { hashToken, newToken } from "../core/tokens.js";
import type { Db, Tx } from "../db/database.js";
import { invitations, participants, sessions } from "../db/schema.js";
import { unnestRows } from "../db/unnest.js";
import { inConsultation } from "../events/unit-of-work.js";
import type { Publish } from "../realtime/command-bus.js";
import { type InvitationRow, usableInvitation } from "./invitations.service.js";
import { type SessionLifetimes, sessionExpiry } from "./sessions.rules.js";

export type Joined = {
  sessionToken: string;
  expiresAt: Date;
  participant: Participant;
  consultationId: string;
};

type Joining = { invitation: InvitationRow; displayName: string };

/**
 * Exchanging invitation tokens for participants and sessions. People who join in the same turn
 * of the event loop (a room filling as the meeting opens) join together: one transaction per
 * consultation with set-wise inserts, and one `participant:joined` event naming them all, which
 * the room receives once instead of once per person.
 */
export function createJoining(
  db: Db,
  publish: Publish,
  options: { lifetimes: SessionLifetimes; maxRedemptions: number },
) {
  const batch = new DataLoader<Joining, Joined>(async (requests) => {
    const byConsultation = new Map<string, Joining[]>();
    for (const request of requests) {
      const group = byConsultation.get(request.invitation.consultationId);
      if (group) group.push(request);
      else byConsultation.set(request.invitation.consultationId, [request]);
    }
    const joined = new Map<Joining, Joined | Error>();
    await Promise.all(
      [...byConsultation].map(async ([consultationId, group]) => {
        try {
          for (const [request, result] of await joinTogether(db, publish, options, consultationId, group))
            joined.set(request, result);
        } catch (error) {
          for (const request of group) joined.set(request, error instanceof Error ? error : new Error(String(error)));
        }
      }),
    );
    return requests.map((request) => joined.get(request) ?? new Error("join was not carried out"));
  }, batchOptions);

  /** Redeems an invitation token under a display name; refused as the link is (unknown, revoked, expired). */
  return async function redeem(token: string, displayName: string): Promise<Joined> {
    return batch.load({ invitation: await usableInvitation(db, token), displayName });
  };
}

const usedUp = () =>
  new DomainError(
    "UNAUTHENTICATED",
    "This invitation link has been used as many times as it may be. Ask the Secretariat for a new one.",
    undefined,
    { code: "invitation_used_up" },
  );

/**
 * Of the joins in a group, those their links still allow, in arrival order, counted against each
 * link's redemption cap under a row lock (so two nodes cannot both take the last place).
 */
async function admit(tx: Tx, group: readonly Joining[], defaultCap: number): Promise<Set<Joining>> {
  const ids = [...new Set(group.map((request) => request.invitation.id))];
  const rows = await tx
    .select({ id: invitations.id, redemptions: invitations.redemptions, cap: invitations.maxRedemptions })
    .from(invitations)
    .where(inArray(invitations.id, ids))
    .for("update");
  const left = new Map(rows.map((row) => [row.id, (row.cap ?? defaultCap) - row.redemptions]));
  const admitted = new Set<Joining>();
  const taken = new Map<string, number>();
  for (const request of group) {
    const id = request.invitation.id;
    if ((left.get(id) ?? 0) <= 0) continue;
    left.set(id, (left.get(id) ?? 0) - 1);
    taken.set(id, (taken.get(id) ?? 0) + 1);
    admitted.add(request);
  }
  for (const [id, count] of taken) {
    await tx
      .update(invitations)
      .set({ redemptions: sql`${invitations.redemptions} + ${count}` })
      .where(eq(invitations.id, id));
  }
  return admitted;
}

async function joinTogether(
  db: Db,
  publish: Publish,
  options: { lifetimes: SessionLifetimes; maxRedemptions: number },
  consultationId: string,
  everyone: readonly Joining[],
): Promise<[Joining, Joined | Error][]> {
  /** Each admitted request with its new participant's id, session token and expiry. */
  let newcomers: { request: Joining; id: string; token: string; expiresAt: Date }[] = [];
  const { value, events } = await inConsultation(db, consultationId, null, async ({ tx, now, emit }) => {
    const admitted = await admit(tx, everyone, options.maxRedemptions);
    newcomers = everyone
      .filter((request) => admitted.has(request))
      .map((request) => ({
        request,
        id: randomUUID(),
        token: newToken(),
        expiresAt: sessionExpiry(now, options.lifetimes, request.invitation.expiresAt),
      }));
    if (newcomers.length === 0) return [];
    const rows = await tx
      .insert(participants)
      .select(
        unnestRows(
          participants,
          newcomers.map(({ request: { invitation, displayName }, id }) => ({
            id,
            consultationId,
            delegationId: invitation.delegationId,
            role: invitation.role,
            displayName,
            joinedAt: now,
          })),
        ),
      )
      .returning();
    // RETURNING follows VALUES in practice, but not by contract: pair the rows up by id.
    const byId = new Map(rows.map((row) => [row.id, row]));
    const inserted = newcomers.map(({ id }) => {
      const row = byId.get(id);
      if (!row) throw new Error("insert returned too few rows");
      return row;
    });
    await tx.insert(sessions).select(
      unnestRows(
        sessions,
        newcomers.map(({ request: { invitation }, token, expiresAt }, index) => ({
          id: randomUUID(),
          tokenHash: hashToken(token),
          participantId: participantAt(inserted, index),
          invitationId: invitation.id,
          expiresAt,
          idleSeconds: options.lifetimes.idleSeconds,
        })),
      ),
    );
    const joined = inserted.map(presentParticipant);
    emit("participant:joined", { upsert: { participants: joined } });
    return joined;
  });
  publish(consultationId, events);
  const results = new Map<Joining, Joined>();
  newcomers.forEach(({ request, token, expiresAt }, index) => {
    const participant = value[index];
    // One participant was inserted per request; one without would be answered as used up.
    if (!participant) return;
    results.set(request, {
      sessionToken: token,
      expiresAt,
      participant,
      consultationId,
    });
  });
  return everyone.map((request) => [request, results.get(request) ?? usedUp()]);
}

/** The participant inserted for the request at `index`: one was inserted per request. */
function participantAt(inserted: readonly { id: string }[], index: number): string {
  const participant = inserted[index];
  if (!participant) throw new Error("insert returned too few rows");
  return participant.id;
}
