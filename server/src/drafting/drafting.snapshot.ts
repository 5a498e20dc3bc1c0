import type { Snapshot } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { draftProposals, drafts, paragraphs, paragraphVersions } from "../db/schema.js";
import {
  presentDeletion,
  presentDraft,
  presentParagraph,
  presentParagraphVersion,
  presentProposal,
} from "./drafting.presenter.js";

type DraftingState = Required<
  Pick<Snapshot, "drafts" | "paragraphs" | "paragraphVersions" | "paragraphDeletions" | "draftProposals">
>;

/** Every draft, paragraph (deleted ones apart), version and proposal of the consultation. */
export async function loadDraftingState(db: Executor, consultationId: string): Promise<DraftingState> {
  const draftRows = await db.select().from(drafts).where(eq(drafts.consultationId, consultationId));
  const paragraphRows = await db.select().from(paragraphs).where(eq(paragraphs.consultationId, consultationId));
  const versionRows = await db
    .select()
    .from(paragraphVersions)
    .where(eq(paragraphVersions.consultationId, consultationId));
  const proposalRows = await db.select().from(draftProposals).where(eq(draftProposals.consultationId, consultationId));
  return {
    drafts: draftRows.map(presentDraft),
    paragraphs: paragraphRows.filter((row) => !row.deletedAt).map(presentParagraph),
    paragraphDeletions: paragraphRows.filter((row) => row.deletedAt).map(presentDeletion),
    paragraphVersions: versionRows.map(presentParagraphVersion),
    draftProposals: proposalRows.map(presentProposal),
  };
}
