import type {
  Draft,
  DraftProposal,
  Paragraph,
  ParagraphDeletion,
  ParagraphState,
  ParagraphVersion,
} from "@trilogue/shared";
import { isoOrNull as iso } from "../core/time.js";
import type { draftProposals, drafts, paragraphs, paragraphVersions } from "../db/schema.js";

/** A stored paragraph's state, as the shared rules type it. */
export const stateOf = (row: { state: ParagraphState }) => row.state;

export function presentDraft(row: typeof drafts.$inferSelect): Draft {
  return {
    id: row.id,
    itemId: row.itemId,
    title: row.title,
    openedBy: row.openedBy,
    openedAt: row.openedAt.toISOString(),
  };
}

export function presentParagraph(row: typeof paragraphs.$inferSelect): Paragraph {
  return {
    id: row.id,
    draftId: row.draftId,
    kind: row.kind,
    position: row.position,
    level: row.level,
    text: row.text,
    state: stateOf(row),
    version: row.version,
    sponsorDelegationId: row.sponsorDelegationId,
    silenceCallId: row.silenceCallId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A deleted paragraph as the draft's history shows it. */
export function presentDeletion(row: typeof paragraphs.$inferSelect): ParagraphDeletion {
  return {
    id: row.id,
    draftId: row.draftId,
    kind: row.kind,
    label: row.deletedLabel ?? "",
    text: row.text,
    version: row.version,
    deletedBy: row.deletedBy ?? "",
    deletedAt: (row.deletedAt ?? row.updatedAt).toISOString(),
    note: row.deletionNote ?? "",
  };
}

export function presentParagraphVersion(row: typeof paragraphVersions.$inferSelect): ParagraphVersion {
  return {
    id: row.id,
    paragraphId: row.paragraphId,
    draftId: row.draftId,
    version: row.version,
    text: row.text,
    state: row.state,
    authorId: row.authorId,
    authorDelegationId: row.authorDelegationId,
    proposalId: row.proposalId,
    callId: row.callId,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentProposal(row: typeof draftProposals.$inferSelect): DraftProposal {
  return {
    id: row.id,
    draftId: row.draftId,
    paragraphId: row.paragraphId,
    kind: row.kind,
    baseVersion: row.baseVersion,
    passage: row.passage,
    passageAt: row.passageAt,
    text: row.text,
    paragraphKind: row.paragraphKind,
    afterParagraphId: row.afterParagraphId,
    rationale: row.rationale,
    delegationId: row.delegationId,
    proposedBy: row.proposedBy,
    status: row.status,
    proposedAt: row.proposedAt.toISOString(),
    decidedAt: iso(row.decidedAt),
    decisionNote: row.decisionNote,
    resultingParagraphId: row.resultingParagraphId,
    resultingVersion: row.resultingVersion,
  };
}
