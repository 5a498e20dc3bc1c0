import { conflict } from "../core/errors.js";
import type { SubjectConcept } from "../subjects/subject.js";
import { getDraft, getProposal } from "./drafting.repository.js";

/**
 * A vote on a delegation's proposal, taken under the draft's item while the proposal is pending:
 * the result is recorded against the proposal, and the chair merges or rejects it in the light of it.
 */
export const proposalSubject: SubjectConcept<"proposal"> = {
  async pollable({ tx, consultation }, ref) {
    const proposal = await getProposal(tx, consultation.id, ref.proposalId);
    if (proposal.status !== "pending")
      throw conflict(`The proposal is ${proposal.status}; only a pending proposal is put to a vote.`, {
        code: "proposal_already_decided",
      });
    const draft = await getDraft(tx, consultation.id, proposal.draftId);
    return { itemId: draft.itemId };
  },
};
