import { presentCall } from "../consensus/consensus.presenter.js";
import type { ConsensusConcept, SubjectConcept } from "../subjects/subject.js";
import { getDraft, getParagraph } from "./drafting.repository.js";
import { applySilenceOutcome, callSilence } from "./silence.service.js";

/** A poll on a paragraph of a draft, taken under the draft's item. */
export const paragraphSubject: SubjectConcept<"paragraph"> = {
  async pollable({ tx, consultation }, ref) {
    const paragraph = await getParagraph(tx, consultation.id, ref.paragraphId);
    const draft = await getDraft(tx, consultation.id, paragraph.draftId);
    return { itemId: draft.itemId };
  },
};

/** The silence procedure on a paragraph agreed ad referendum (silence.service.ts). */
export const paragraphSilence: ConsensusConcept<"paragraph"> = {
  async call(uow, subject, base) {
    const opened = await callSilence(uow, subject.paragraphId, base);
    return { row: opened.call, upsert: { consensusCalls: [presentCall(opened.call)], paragraphs: [opened.paragraph] } };
  },
  closed: applySilenceOutcome,
};
