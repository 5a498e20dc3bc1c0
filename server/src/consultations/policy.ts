import type { Me } from "@trilogue/shared";

/** The role checks every concept's handlers use; pure, so the permissions matrix is testable. */
export const policy = {
  chair: (me: Me) => me.role === "chair",
  chairOrSecretary: (me: Me) => me.role === "chair" || me.role === "secretary",
  /** Speaks and votes for a delegation. */
  delegate: (me: Me) => me.role === "delegate" && me.delegationId !== null,
  /** Reads and drafts for a delegation. */
  delegationMember: (me: Me) => (me.role === "delegate" || me.role === "adviser") && me.delegationId !== null,
  anyone: (_me: Me) => true,
} as const;
