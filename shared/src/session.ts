import { z } from "zod";

/**
 * Why the server ended a session and closed its sockets: signed out; replaced by a new join from
 * the same browser; revoked (its invitation link was); expired (its absolute lifetime, or its
 * link's, ran out); idle (unused for longer than the idle lifetime).
 */
export const sessionEndReasons = ["signed-out", "replaced", "revoked", "expired", "idle"] as const;
export const sessionEndReasonSchema = z.enum(sessionEndReasons);
export type SessionEndReason = z.infer<typeof sessionEndReasonSchema>;

/** Sent to a socket just before the server disconnects it because its session ended. */
export type SessionEnded = { reason: SessionEndReason };
