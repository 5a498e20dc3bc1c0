import type { TestClient } from "../support/clients.js";

/** The mandate language the summary scenario drafts on item 1, and who proposes what. */
export const draftTexts = {
  title: "Elements for mandate language",
  preambular: "Recalling its resolutions on the protection of civilians in armed conflict,",
  operative: "Requests the Secretary-General to report [every 90 days] on threats to civilians;",
  /** India's new operative paragraph, merged by the chair: OP2, sponsored by India. */
  merged: "Urges troop- and police-contributing countries to share threat assessments;",
  /** France's amendment of OP1, still pending. */
  pendingPassage: "every 90 days",
  pendingText: "every six months",
} as const;

/**
 * Drafts on an open item: PP1 agreed ad referendum, OP1 bracketed, OP2 from India's merged proposal,
 * and France's amendment of OP1 still before the chair.
 */
export async function playDrafting(
  chair: TestClient,
  delegate: (name: "India" | "France") => TestClient,
  itemId: string,
): Promise<void> {
  const draftId = (await chair.must("draft:open", { itemId, title: draftTexts.title })).id ?? "";
  const pp = await chair.must("draft:add-paragraph", { draftId, kind: "preambular", text: draftTexts.preambular });
  await chair.must("draft:set-state", { paragraphId: pp.id ?? "", baseVersion: 1, state: "agreed_ad_referendum" });
  const op = await chair.must("draft:add-paragraph", { draftId, kind: "operative", text: draftTexts.operative });
  const proposal = await delegate("India").must("draft:propose", {
    draftId,
    change: { kind: "new_paragraph", paragraphKind: "operative", text: draftTexts.merged },
  });
  await chair.must("draft:merge-proposal", { proposalId: proposal.id ?? "", baseVersion: null });
  await delegate("France").must("draft:propose", {
    draftId,
    change: {
      kind: "replace",
      paragraphId: op.id ?? "",
      baseVersion: 1,
      passage: draftTexts.pendingPassage,
      text: draftTexts.pendingText,
    },
  });
}
