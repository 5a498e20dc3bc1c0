import type { DraftProposal, Paragraph, ParagraphVersion } from "@trilogue/shared";
import { conflict, DomainError, notFound } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentProposal, stateOf } from "./drafting.presenter.js";
import { getDraft, getParagraph, getProposal, type ProposalRow, updateProposal } from "./drafting.repository.js";
import { amend, assertFresh, assertTextOpen, changeOf } from "./drafting.rules.js";
import { isUnderSilence, placeParagraph, type VersionAuthor, writeVersion } from "./drafting.service.js";

/** What the chair sends to merge a proposal. */
export type MergeRequest = { proposalId: string; baseVersion: number | null; text?: string | undefined; note: string };

/**
 * Merges a pending proposal. An amendment applies to the paragraph's current text, provided the
 * chair's view is current (`baseVersion`, else CONFLICT) and the passage it quotes is still there
 * once; the chair may instead give its own wording (e.g. combining alternatives). A new paragraph
 * takes its place. The version made is authored by the proposing delegate and delegation, or by
 * the chair when the chair reworded it; it records the proposal either way.
 */
export async function mergeProposal(
  uow: UnitOfWork,
  request: MergeRequest,
  chairId: string,
): Promise<{ proposal: DraftProposal; paragraphs: Paragraph[]; version: ParagraphVersion }> {
  const row = await getProposal(uow.tx, uow.consultation.id, request.proposalId);
  if (row.status !== "pending")
    throw conflict(`The proposal is ${row.status} already.`, { code: "proposal_already_decided" });
  const author: VersionAuthor = request.text
    ? { authorId: chairId, authorDelegationId: null, proposalId: row.id, callId: null, note: request.note }
    : {
        authorId: row.proposedBy,
        authorDelegationId: row.delegationId,
        proposalId: row.id,
        callId: null,
        note: request.note,
      };
  let paragraphs: Paragraph[];
  let version: ParagraphVersion;
  if (row.kind === "new_paragraph") {
    const draft = await getDraft(uow.tx, uow.consultation.id, row.draftId);
    const placed = await placeParagraph(
      uow,
      draft,
      {
        kind: row.paragraphKind ?? "operative",
        text: request.text ?? row.text,
        afterParagraphId: row.afterParagraphId,
        sponsorDelegationId: row.delegationId,
      },
      { ...author, authorId: author.authorId ?? chairId },
    );
    paragraphs = [placed.paragraph, ...placed.moved];
    version = placed.version;
  } else {
    const written = await amendParagraph(uow, row, request, author);
    paragraphs = [written.paragraph];
    version = written.version;
  }
  const decided = await updateProposal(uow.tx, row.id, {
    status: "merged",
    decidedAt: uow.now,
    decidedBy: chairId,
    decisionNote: request.note,
    resultingParagraphId: version.paragraphId,
    resultingVersion: version.version,
  });
  return { proposal: presentProposal(decided), paragraphs, version };
}

async function amendParagraph(uow: UnitOfWork, row: ProposalRow, request: MergeRequest, author: VersionAuthor) {
  if (request.baseVersion === null) {
    throw new DomainError("VALIDATION", "Name the paragraph's version you merge into.", [
      { path: ["baseVersion"], message: "required for an amendment" },
    ]);
  }
  if (row.paragraphId === null) throw notFound("No such paragraph.", { code: "paragraph_not_found" });
  const paragraph = await getParagraph(uow.tx, uow.consultation.id, row.paragraphId);
  assertFresh(request.baseVersion, paragraph.version);
  assertTextOpen(stateOf(paragraph), await isUnderSilence(uow, paragraph));
  const proposal = presentProposal(row);
  // A selected passage's place holds only in the version it was selected in; after that, the
  // passage must still be there once, as when it was quoted.
  const change = changeOf(paragraph.version === row.baseVersion ? proposal : { ...proposal, passageAt: null });
  const text = request.text ?? (change ? amend(paragraph.text, change, "merge") : paragraph.text);
  return writeVersion(uow, paragraph, { text, state: "bracketed" }, author);
}
