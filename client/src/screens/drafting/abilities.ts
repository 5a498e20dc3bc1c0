import { type Me, may } from "@trilogue/shared";

/** What a person may do on the drafting screen; read from the shared `whoMay` table. */
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
  return {
    edit: may(me, "draft:edit-paragraph"),
    chair: may(me, "draft:set-state"),
    propose: may(me, "draft:propose"),
    speak: may(me, "joint:confirm"),
    delegationId: me?.delegationId ?? null,
  };
}
