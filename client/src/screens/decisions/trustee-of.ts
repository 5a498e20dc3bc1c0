import type { Me, Poll } from "@trilogue/shared";

/** Who the browser's person is, as far as trusteeship goes. */
export type Person = Pick<Me, "role" | "delegationId"> | null | undefined;

/**
 * Which of the poll's trustees this browser speaks for: the chair's, or a delegate's for its
 * delegation when the chair named it a trustee; null for everyone else. Light on purpose: every
 * room page asks it, and only a trustee loads the cryptography (use-trustee.ts).
 */
export function trusteeIdOf(poll: Poll, me: Person): string | null {
  if (!poll.secret || !me) return null;
  const id = me.role === "chair" ? "chair" : me.role === "delegate" ? me.delegationId : null;
  return id && poll.sealing?.trustees.some((t) => t.id === id) ? id : null;
}
