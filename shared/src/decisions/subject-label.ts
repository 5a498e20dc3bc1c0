import type { Delegation } from "../domain/entities.js";
import type { DraftProposal, Paragraph } from "../drafting/entities.js";
import { numberParagraphs } from "../drafting/numbering.js";
import type { Expectation } from "./expectations.js";
import type { SubjectRef } from "./subjects.js";

/** What a poll is on, in the words the room and the summary put around it. */
export type SubjectDescription =
  | { kind: "item" }
  | { kind: "paragraph"; paragraph: string }
  | { kind: "proposal"; delegation: string | null; paragraph: string | null }
  | { kind: "expectation"; scenario: string };

type SubjectRecord = {
  paragraphs: readonly Paragraph[];
  draftProposals: readonly DraftProposal[];
  expectations: readonly Expectation[];
  delegations: readonly Delegation[];
};

/**
 * Describes a subject from the consultation's record: a paragraph by its UN number in its draft
 * ("OP3"), a proposal by its sponsor and the paragraph it amends, an expectation by its scenario.
 * `namesDelegations` false (Chatham House) leaves the sponsor unnamed. Pure.
 */
export function describeSubject(ref: SubjectRef, record: SubjectRecord, namesDelegations = true): SubjectDescription {
  const numberOf = (paragraphId: string | null) => {
    const paragraph = record.paragraphs.find((p) => p.id === paragraphId);
    if (!paragraph) return null;
    const numbers = numberParagraphs(record.paragraphs.filter((p) => p.draftId === paragraph.draftId));
    return numbers.get(paragraph.id)?.label ?? null;
  };
  switch (ref.kind) {
    case "item":
      return { kind: "item" };
    case "paragraph":
      return { kind: "paragraph", paragraph: numberOf(ref.paragraphId) ?? "" };
    case "proposal": {
      const proposal = record.draftProposals.find((p) => p.id === ref.proposalId);
      const sponsor = record.delegations.find((d) => d.id === proposal?.delegationId);
      return {
        kind: "proposal",
        delegation: namesDelegations ? (sponsor?.name ?? null) : null,
        paragraph: numberOf(proposal?.paragraphId ?? null),
      };
    }
    case "expectation": {
      const expectation = record.expectations.find((e) => e.id === ref.expectationId);
      return { kind: "expectation", scenario: expectation?.fields.scenario ?? "" };
    }
  }
}
