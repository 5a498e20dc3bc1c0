import type { Me } from "../socket-events.js";

/** The chair, who runs the meeting. */
export type ChairMe = Me & { role: "chair" };
/** The secretary, who keeps the record beside the chair. */
export type SecretaryMe = Me & { role: "secretary" };
/** The chair or the secretary: the meeting's officers. */
export type OfficerMe = Me & { role: "chair" | "secretary" };
/** Speaks and votes for a delegation. */
export type DelegateMe = Me & { role: "delegate"; delegationId: string };
/** Reads and drafts for a delegation (a delegate or an adviser). */
export type MemberMe = Me & { role: "delegate" | "adviser"; delegationId: string };

/** A role check that, once passed, lets the compiler know who is acting. */
export type Guard<M extends Me = Me> = (me: Me) => me is M;

/**
 * Who may act, as type guards: passing one narrows `Me`, so a delegate's `delegationId` is a
 * string past the guard and no caller needs a fallback for "no delegation".
 */
export const is = {
  chair: (me: Me): me is ChairMe => me.role === "chair",
  secretary: (me: Me): me is SecretaryMe => me.role === "secretary",
  officer: (me: Me): me is OfficerMe => me.role === "chair" || me.role === "secretary",
  delegate: (me: Me): me is DelegateMe => me.role === "delegate" && me.delegationId !== null,
  member: (me: Me): me is MemberMe => (me.role === "delegate" || me.role === "adviser") && me.delegationId !== null,
  /** The chair, or a delegate acting on the delegation's own request. */
  chairOrDelegate: (me: Me): me is ChairMe | DelegateMe => is.chair(me) || is.delegate(me),
  anyone: (_me: Me): _me is Me => true,
} as const;
