import type { Me } from "@trilogue/shared";

/** What a person may do on the drafting screen; mirrors the server's policy, which has the last word. */
export type DraftingAbilities = {
  /** The chair or the secretary: open drafts, add and edit paragraphs. */
  edit: boolean;
  /** The chair: move paragraphs between states, merge or reject proposals, run silence, allow disclosure. */
  chair: boolean;
  /** A delegate or adviser: propose text for the delegation. */
  propose: boolean;
  /** A delegate: speak for the delegation (joint positions, co-signatures, breaking silence). */
  speak: boolean;
  /** The person's delegation, if any. */
  delegationId: string | null;
};

/** The abilities of the signed-in person. */
export function abilitiesOf(me: Me | null): DraftingAbilities {
  const role = me?.role;
  const delegationId = me?.delegationId ?? null;
  return {
    edit: role === "chair" || role === "secretary",
    chair: role === "chair",
    propose: (role === "delegate" || role === "adviser") && delegationId !== null,
    speak: role === "delegate" && delegationId !== null,
    delegationId,
  };
}
