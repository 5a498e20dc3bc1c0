import type { Paragraph, ParagraphVersion } from "@trilogue/shared";
import type { CallRow } from "../consensus/consensus.repository.js";
import { insertCall } from "../consensus/consensus.repository.js";
import { assertNoOpenCall } from "../consensus/consensus.rules.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import type { CallBase } from "../subjects/subject.js";
import { presentParagraph, stateOf } from "./drafting.presenter.js";
import { getDraft, getParagraph, paragraphOnCall, updateParagraph } from "./drafting.repository.js";
import { assertSilenceable } from "./drafting.rules.js";
import { isUnderSilence, writeVersion } from "./drafting.service.js";

/**
 * Opens the silence procedure on a paragraph agreed ad referendum: a consensus call on its current
 * text, under the draft's item. The paragraph cannot change while the call is open.
 */
export async function callSilence(
  uow: UnitOfWork,
  paragraphId: string,
  base: CallBase,
): Promise<{ call: CallRow; paragraph: Paragraph }> {
  const row = await getParagraph(uow.tx, uow.consultation.id, paragraphId);
  assertNoOpenCall((await isUnderSilence(uow, row)) ? [row.silenceCallId] : []);
  assertSilenceable(stateOf(row));
  const draft = await getDraft(uow.tx, uow.consultation.id, row.draftId);
  const call = await insertCall(uow.tx, {
    ...base,
    subject: "paragraph",
    itemId: draft.itemId,
    expectationId: null,
    expectationVersion: null,
    text: row.text,
  });
  const updated = await updateParagraph(uow.tx, row.id, { silenceCallId: call.id, updatedAt: uow.now });
  return { call, paragraph: presentParagraph(updated) };
}

/**
 * Applies a closed silence procedure to its paragraph: adopted (nobody broke silence) makes it
 * agreed; broken silence returns it to brackets. A new version records it, authored by the call.
 */
export async function applySilenceOutcome(
  uow: UnitOfWork,
  call: CallRow,
): Promise<{ paragraphs?: Paragraph[]; paragraphVersions?: ParagraphVersion[] }> {
  const row = await paragraphOnCall(uow.tx, call.id);
  if (!row) return {};
  const adopted = call.outcome === "adopted";
  const { paragraph, version } = await writeVersion(
    uow,
    row,
    { text: row.text, state: adopted ? "agreed" : "bracketed" },
    {
      authorId: null,
      authorDelegationId: null,
      proposalId: null,
      callId: call.id,
      note: adopted ? "Adopted under the silence procedure." : "Silence was broken.",
    },
  );
  return { paragraphs: [paragraph], paragraphVersions: [version] };
}
