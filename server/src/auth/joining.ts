import { randomUUID } from "node:crypto";
import type { Participant } from "@trilogue/shared";
import DataLoader from "dataloader";
import { presentParticipant } from "../consultations/consultations.presenter.js";
import { batchOptions } from "../core/batched-lookup.js";
import { hashToken, newToken } from "../core/tokens.js";
import type { Db } from "../db/database.js";
import { participants, sessions } from "../db/schema.js";
import { unnestRows } from "../db/unnest.js";
import { inConsultation } from "../events/unit-of-work.js";
import type { Publish } from "../realtime/command-bus.js";
import { type InvitationRow, usableInvitation } from "./invitations.service.js";

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
export function createJoining(db: Db, publish: Publish) {
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
          for (const [request, result] of await joinTogether(db, publish, consultationId, group))
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

async function joinTogether(db: Db, publish: Publish, consultationId: string, group: readonly Joining[]) {
  const tokens = group.map(() => newToken());
  const ids = group.map(() => randomUUID());
  const { value, events } = await inConsultation(db, consultationId, null, async ({ tx, now, emit }) => {
    const rows = await tx
      .insert(participants)
      .select(
        unnestRows(
          participants,
          group.map(({ invitation, displayName }, index) => ({
            id: ids[index] ?? "",
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
    const inserted = ids.map((id) => {
      const row = byId.get(id);
      if (!row) throw new Error("insert returned too few rows");
      return row;
    });
    await tx.insert(sessions).select(
      unnestRows(
        sessions,
        group.map(({ invitation }, index) => ({
          id: randomUUID(),
          tokenHash: hashToken(tokens[index] ?? ""),
          participantId: inserted[index]?.id ?? "",
          invitationId: invitation.id,
          expiresAt: invitation.expiresAt,
        })),
      ),
    );
    const joined = inserted.map(presentParticipant);
    emit("participant:joined", { upsert: { participants: joined } });
    return joined;
  });
  publish(consultationId, events);
  return group.map((request, index): [Joining, Joined] => [
    request,
    {
      sessionToken: tokens[index] ?? "",
      expiresAt: request.invitation.expiresAt,
      participant: value[index] as Participant,
      consultationId,
    },
  ]);
}
