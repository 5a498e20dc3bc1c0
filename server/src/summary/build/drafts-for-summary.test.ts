import type {
  Confidentiality,
  CoSignature,
  DraftProposal,
  JointStatement,
  Paragraph,
  Snapshot,
} from "@trilogue/shared";
import { sampleSummarySnapshot, uuid } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { draftForSummary } from "./drafts-for-summary.js";

const at = "2016-11-03T11:00:00.000Z";

/** The sample consultation with one draft: an agreed PP, a bracketed OP sponsored by a delegation. */
function withDraft(confidentiality: Confidentiality): Snapshot {
  const base = sampleSummarySnapshot({ delegations: 6, items: 2, polls: 0, confidentiality });
  const [sponsor, coSponsor] = base.delegations;
  const itemId = base.items[0]?.id ?? "";
  const draftId = uuid(500);
  const paragraph = (n: number, fields: Partial<Paragraph>): Paragraph => ({
    id: uuid(510 + n),
    draftId,
    kind: "operative",
    position: n,
    level: 0,
    text: "",
    state: "bracketed",
    version: 1,
    sponsorDelegationId: null,
    silenceCallId: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  });
  const origin: DraftProposal = {
    id: uuid(520),
    draftId,
    paragraphId: null,
    kind: "new_paragraph",
    passageAt: null,
    baseVersion: null,
    passage: "",
    text: `Requests ${sponsor?.name} to report [quarterly].`,
    paragraphKind: "operative",
    afterParagraphId: null,
    rationale: "",
    delegationId: sponsor?.id ?? "",
    proposedBy: uuid(1),
    status: "merged",
    proposedAt: at,
    decidedAt: at,
    decisionNote: "",
    resultingParagraphId: uuid(512),
    resultingVersion: 1,
  };
  const pending: DraftProposal = {
    ...origin,
    id: uuid(521),
    status: "pending",
    text: "Alt: annually.",
    kind: "alternative",
    paragraphId: uuid(512),
    baseVersion: 1,
    paragraphKind: null,
    resultingParagraphId: null,
  };
  const joint: JointStatement = {
    id: uuid(530),
    subject: "proposal",
    subjectId: origin.id,
    subjectVersion: 1,
    itemId,
    sponsorDelegationId: sponsor?.id ?? "",
    onBehalfOf: "",
    createdBy: uuid(1),
    createdAt: at,
  };
  const signature: CoSignature = {
    id: uuid(540),
    jointId: joint.id,
    delegationId: coSponsor?.id ?? "",
    status: "confirmed",
    invitedAt: at,
    decidedBy: uuid(2),
    decidedAt: at,
  };
  return {
    ...base,
    drafts: [{ id: draftId, itemId, title: "Elements for mandate language", openedBy: uuid(1), openedAt: at }],
    paragraphs: [
      paragraph(2, { text: origin.text, sponsorDelegationId: sponsor?.id ?? null }),
      paragraph(1, { kind: "preambular", text: "Recalling its resolutions,", state: "agreed", version: 3 }),
    ],
    draftProposals: [origin, pending],
    jointStatements: [joint],
    coSignatures: [signature],
  };
}

describe("the draft in the chair's summary", () => {
  it("numbers paragraphs, keeps brackets and states, and names sponsors on the record", () => {
    const snapshot = withDraft("on_record");
    const [sponsor, coSponsor] = snapshot.delegations;
    const [draft] = draftForSummary(snapshot);
    expect(draft).toMatchObject({ title: "Elements for mandate language", itemNumber: 1 });
    expect(draft?.counts).toEqual({ bracketed: 1, agreed_ad_referendum: 0, agreed: 1 });
    expect(draft?.paragraphs.map((p) => [p.label, p.state, p.hasBrackets])).toEqual([
      ["PP1", "agreed", false],
      ["OP1", "bracketed", true],
    ]);
    expect(draft?.paragraphs[1]).toMatchObject({
      sponsor: { delegation: sponsor?.name },
      coSponsors: [{ delegation: coSponsor?.name }],
    });
    expect(draft?.pendingProposals).toMatchObject([
      { paragraph: "OP1", kind: "alternative", sponsor: { delegation: sponsor?.name } },
    ]);
  });

  it("gives constituencies only, and strikes names, under Chatham House", () => {
    const snapshot = withDraft("chatham_house");
    const [sponsor] = snapshot.delegations;
    const [draft] = draftForSummary(snapshot);
    const op1 = draft?.paragraphs[1];
    expect(op1?.sponsor).toEqual({ delegation: null, constituencies: sponsor?.constituencies });
    expect(op1?.text).not.toContain(sponsor?.name ?? "?");
    expect(op1?.text).toContain("[quarterly]");
  });

  it("carries text and states only when closed, however laxly asked", () => {
    const [draft] = draftForSummary(withDraft("closed"), "on_record");
    expect(draft?.paragraphs[1]).toMatchObject({ state: "bracketed", sponsor: null, coSponsors: [] });
    expect(draft?.pendingProposals).toEqual([]);
  });

  it("is empty for a snapshot without drafts", () => {
    expect(draftForSummary(sampleSummarySnapshot({ delegations: 3, items: 1, polls: 0 }))).toEqual([]);
  });
});
