import type { ConsensusSubject, SubjectKind, SubjectRef } from "@trilogue/shared";
import { itemConclusion, itemSubject } from "../agenda/item.subject.js";
import type { CallRow } from "../consensus/consensus.repository.js";
import { paragraphSilence, paragraphSubject } from "../drafting/paragraph.subject.js";
import { proposalSubject } from "../drafting/proposal.subject.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { expectationConsensus, expectationSubject } from "../expectations/expectation.subject.js";
import type { CallBase, CallSubject, ConsensusConcept, SubjectConcept, Upsert } from "./subject.js";

/** Every subject a poll may be taken on, one implementation per concept. */
const subjects: { [K in SubjectKind]: SubjectConcept<K> } = {
  item: itemSubject,
  paragraph: paragraphSubject,
  proposal: proposalSubject,
  expectation: expectationSubject,
};

/** Every subject a consensus call may be made on: an item's conclusion, an expectation, a paragraph's silence procedure. */
const consensusSubjects: { [S in ConsensusSubject]: ConsensusConcept<S> } = {
  conclusion: itemConclusion,
  expectation: expectationConsensus,
  paragraph: paragraphSilence,
};

/** Finds a poll's subject in the consultation and checks it is open to a decision. */
export function pollableSubject<K extends SubjectKind>(
  uow: UnitOfWork,
  ref: Extract<SubjectRef, { kind: K }>,
): Promise<{ itemId: string }> {
  const concept: SubjectConcept<K> = subjects[ref.kind];
  return concept.pollable(uow, ref);
}

/** Opens a consensus call on its subject. */
export function callOn<S extends ConsensusSubject>(
  uow: UnitOfWork,
  subject: Extract<CallSubject, { kind: S }>,
  base: CallBase,
): Promise<{ row: CallRow; upsert: Upsert }> {
  const concept: ConsensusConcept<S> = consensusSubjects[subject.kind];
  return concept.call(uow, subject, base);
}

/** What a closed call does to its subject. */
export function callClosed(uow: UnitOfWork, call: CallRow): Promise<Upsert> {
  return consensusSubjects[call.subject].closed(uow, call);
}
