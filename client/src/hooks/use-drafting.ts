import {
  byTime,
  type CaveatsRegister,
  type CollectionName,
  type Collections,
  type Constituency,
  type CoSignature,
  caveatsRegister,
  collectionsOf,
  type Draft,
  type DraftProposal,
  hiddenConstituencies,
  type JointStatement,
  type MaskedPositionBreakdown,
  orderParagraphs,
  type Paragraph,
  type ParagraphDeletion,
  type ParagraphVersion,
} from "@trilogue/shared";
import { useMemo } from "react";
import { useConsultationStore } from "../stores/consultation-store";
import { useItemFigures } from "./use-figures";

const empty: Record<string, never> = {};

/** One collection of the live state (empty before the first catch-up, or from an older server). */
export function useCollection<K extends CollectionName>(name: K): Collections[K] {
  return useConsultationStore((s) => (s.state ? collectionsOf(s.state)[name] : undefined) ?? empty);
}

/** The drafts opened on an item, in opening order. */
export function useDrafts(itemId: string): Draft[] {
  const drafts = useCollection("drafts");
  return useMemo(
    () =>
      Object.values(drafts)
        .filter((d) => d.itemId === itemId)
        .sort(byTime((d) => d.openedAt)),
    [drafts, itemId],
  );
}

/** A draft's paragraphs in UN order: preambular, then operative. */
export function useParagraphs(draftId: string): Paragraph[] {
  const paragraphs = useCollection("paragraphs");
  return useMemo(
    () => orderParagraphs(Object.values(paragraphs).filter((p) => p.draftId === draftId)),
    [paragraphs, draftId],
  );
}

/** A draft's deleted paragraphs, in the order they were deleted. */
export function useDeletions(draftId: string): ParagraphDeletion[] {
  const deletions = useCollection("paragraphDeletions");
  return useMemo(
    () =>
      Object.values(deletions)
        .filter((d) => d.draftId === draftId)
        .sort(byTime((d) => d.deletedAt)),
    [deletions, draftId],
  );
}

/** A draft's proposals, oldest first. */
export function useProposals(draftId: string): DraftProposal[] {
  const proposals = useCollection("draftProposals");
  return useMemo(
    () =>
      Object.values(proposals)
        .filter((p) => p.draftId === draftId)
        .sort(byTime((p) => p.proposedAt)),
    [proposals, draftId],
  );
}

/** Every version of a paragraph, oldest first. */
export function useParagraphVersions(paragraphId: string): ParagraphVersion[] {
  const versions = useCollection("paragraphVersions");
  return useMemo(
    () =>
      Object.values(versions)
        .filter((v) => v.paragraphId === paragraphId)
        .sort((a, b) => a.version - b.version),
    [versions, paragraphId],
  );
}

/** Joint statements and co-signatures, as lists. */
export function useJoint(): { joints: JointStatement[]; coSignatures: CoSignature[] } {
  const joints = useCollection("jointStatements");
  const coSignatures = useCollection("coSignatures");
  return useMemo(
    () => ({ joints: Object.values(joints), coSignatures: Object.values(coSignatures) }),
    [joints, coSignatures],
  );
}

/** The constituencies breakdowns must withhold: a single delegation the chair has not allowed. */
export function useHiddenConstituencies(): Set<Constituency> {
  const delegations = useCollection("delegations");
  const disclosures = useCollection("breakdownDisclosures");
  return useMemo(
    () => hiddenConstituencies(Object.values(delegations), Object.values(disclosures)),
    [delegations, disclosures],
  );
}

/** Stances on an item as breakdowns show them: confirmed co-signatories counted, lone constituencies withheld. */
export function usePositionBreakdown(itemId: string): MaskedPositionBreakdown {
  return useItemFigures(itemId).breakdown;
}

/** The register of national caveats, with its conflict flags. */
export function useCaveatsRegister(): CaveatsRegister {
  const state = useConsultationStore((s) => s.state);
  return useMemo(
    () =>
      caveatsRegister({
        expectations: Object.values(state?.expectations ?? {}),
        expectationVersions: Object.values(state?.expectationVersions ?? {}),
        calls: Object.values(state?.consensusCalls ?? {}),
        acceptances: Object.values(state?.acceptances ?? {}),
        delegations: Object.values(state?.delegations ?? {}),
        disclosures: Object.values(state?.breakdownDisclosures ?? {}),
      }),
    [
      state?.expectations,
      state?.expectationVersions,
      state?.consensusCalls,
      state?.acceptances,
      state?.delegations,
      state?.breakdownDisclosures,
    ],
  );
}
