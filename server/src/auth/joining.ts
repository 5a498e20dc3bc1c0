import { randomUUID } from "node:crypto";
import type { Participant } from "@trilogue/shared";
import { inArray, sql } from "drizzle-orm";
import { presentParticipant } from "../consultations/consultations.presenter.js";
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

/** The most joins one transaction takes; more wait for the next one. */
export const maxJoinsPerTransaction = 500;

type Waiting = { request: Joining; resolve: (joined: Joined) => void; reject: (error: unknown) => void };
type Queue = { waiting: Waiting[]; running: boolean };

/**
 * Exchanging invitation tokens for participants and sessions. People who join a consultation
 * while its previous joins are being written (a room filling as the meeting opens) join together
 * in the next transaction: set-wise inserts, and one `participant:joined` event naming them all,
 * which the room receives once instead of once per person. At most one join transaction per
 * consultation runs at a time on this node, so a storm of 2,000 costs a handful of transactions,
 * not one per arrival queued behind each other on the consultation's lock.
 */
export function createJoining(
  db: Db,
  publish: Publish,
  options: { lifetimes: SessionLifetimes; maxRedemptions: number },
) {
  const queues = new Map<string, Queue>();

  async function drain(consultationId: string, queue: Queue) {
    try {
      while (queue.waiting.length > 0) {
        const batch = queue.waiting.splice(0, maxJoinsPerTransaction);
        try {
          const outcomes = await joinTogether(
            db,
            publish,
            options,
            consultationId,
            batch.map((waiting) => waiting.request),
          );
          batch.forEach((waiting, index) => {
            const outcome = outcomes[index];
            if (outcome && !(outcome instanceof Error)) waiting.resolve(outcome);
            else waiting.reject(outcome ?? new Error("join was not carried out"));
          });
        } catch (error) {
          // Nothing of the transaction committed: every join in it fails alike, and may be retried.
          for (const waiting of batch) waiting.reject(error);
        }
      }
    } finally {
      queue.running = false;
      queues.delete(consultationId);
    }
  }

  function enqueue(request: Joining): Promise<Joined> {
    const consultationId = request.invitation.consultationId;
    let queue = queues.get(consultationId);
    if (!queue) {
      queue = { waiting: [], running: false };
      queues.set(consultationId, queue);
    }
    const own = queue;
    return new Promise<Joined>((resolve, reject) => {
      own.waiting.push({ request, resolve, reject });
      if (own.running) return;
      own.running = true;
      // After the current I/O phase, so that requests read together share the first transaction too.
      setImmediate(() => void drain(consultationId, own));
    });
  }

  /** Redeems an invitation token under a display name; refused as the link is (unknown, revoked, expired). */
  return async function redeem(token: string, displayName: string): Promise<Joined> {
    return enqueue({ invitation: await usableInvitation(db, token), displayName });
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
  if (taken.size > 0) {
    // One statement for every link used, not one per link: the lock above is held meanwhile.
    const redemptions = sql.identifier(invitations.redemptions.name);
    await tx.execute(
      sql`update ${invitations} set ${redemptions} = ${invitations.redemptions} + t.n from unnest(${sql.param([...taken.keys()])}::uuid[], ${sql.param([...taken.values()])}::int[]) as t(id, n) where ${invitations.id} = t.id`,
    );
  }
  return admitted;
}

async function joinTogether(
  db: Db,
  publish: Publish,
  options: { lifetimes: SessionLifetimes; maxRedemptions: number },
  consultationId: string,
  everyone: readonly Joining[],
): Promise<(Joined | Error)[]> {
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
  return everyone.map((request) => results.get(request) ?? usedUp());
}

/** The participant inserted for the request at `index`: one was inserted per request. */
function participantAt(inserted: readonly { id: string }[], index: number): string {
  const participant = inserted[index];
  if (!participant) throw new Error("insert returned too few rows");
  return participant.id;
}
