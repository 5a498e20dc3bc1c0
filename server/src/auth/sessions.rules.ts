import { isOneOf, type SessionEndReason } from "@trilogue/shared";

/** The lifetimes new sessions are opened with (SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS). */
export type SessionLifetimes = { idleSeconds: number; maxSeconds: number };

/** What the lifetime rules need of a stored session. */
export type SessionTimes = {
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date | null;
  idleSeconds: number | null;
  revokedAt: Date | null;
  revokedReason: string | null;
};

const revokedReasons = ["signed-out", "replaced", "revoked"] as const satisfies readonly SessionEndReason[];

/** Why a session no longer works at `now`, or null while it does. */
export function sessionEnd(session: SessionTimes, now: Date): SessionEndReason | null {
  if (session.revokedAt) {
    const reason = session.revokedReason ?? "revoked";
    return isOneOf(revokedReasons, reason) ? reason : "revoked";
  }
  if (session.expiresAt.getTime() <= now.getTime()) return "expired";
  if (session.idleSeconds !== null) {
    const lastUse = (session.lastSeenAt ?? session.createdAt).getTime();
    if (lastUse + session.idleSeconds * 1000 <= now.getTime()) return "idle";
  }
  return null;
}

/** When a session opened now ends at the latest: its absolute lifetime, never beyond its link's. */
export function sessionExpiry(now: Date, lifetimes: SessionLifetimes, invitationExpiresAt: Date): Date {
  return new Date(Math.min(now.getTime() + lifetimes.maxSeconds * 1000, invitationExpiresAt.getTime()));
}

/**
 * Whether a use at `now` should be written down: at most once per tenth of the idle lifetime
 * (and at least once a minute), so activity costs few writes yet keeps the session alive.
 */
export function worthRecordingUse(session: SessionTimes, now: Date): boolean {
  if (session.idleSeconds === null) return false;
  const every = Math.min(60_000, (session.idleSeconds * 1000) / 10);
  return now.getTime() - (session.lastSeenAt ?? session.createdAt).getTime() >= every;
}
