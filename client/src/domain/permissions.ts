import type { Me } from "@trilogue/shared";

/** What the screens offer to whom; mirrors the server's policy, which has the last word. */
export const can = {
  /** Runs the meeting: status, agenda, the floor. */
  chair: (me: Me | null) => me?.role === "chair",
  /** Takes the floor for a delegation. */
  speak: (me: Me | null) => me?.role === "delegate" && me.delegationId !== null,
} as const;
