import { describe, expect, it } from "vitest";
import type { Delegation } from "../domain/entities.js";
import type { DraftProposal, Paragraph } from "../drafting/entities.js";
import { describeSubject } from "./subject-label.js";

const at = "2016-11-03T10:00:00.000Z";
const paragraph = (id: string, kind: Paragraph["kind"], position: number): Paragraph => ({
  id,
  draftId: "d",
  level: 0,
  kind,
  position,
  text: "…",
  state: "bracketed",
  version: 1,
  sponsorDelegationId: null,
  silenceCallId: null,
  createdAt: at,
  updatedAt: at,
});
const paragraphs = [paragraph("p1", "operative", 0), paragraph("p2", "preambular", 1), paragraph("p3", "operative", 2)];
const proposal = { id: "x", draftId: "d", paragraphId: "p3", delegationId: "eg" } as DraftProposal;
const record = {
  paragraphs,
  draftProposals: [proposal, { ...proposal, id: "n", paragraphId: null }],
  expectations: [],
  delegations: [{ id: "eg", name: "Egypt" } as Delegation],
};

describe("describeSubject", () => {
  it("names a paragraph by its UN number and a proposal by its sponsor and paragraph", () => {
    expect(describeSubject({ kind: "paragraph", paragraphId: "p3" }, record)).toEqual({
      kind: "paragraph",
      paragraph: "OP2",
    });
    expect(describeSubject({ kind: "proposal", proposalId: "x" }, record)).toEqual({
      kind: "proposal",
      delegation: "Egypt",
      paragraph: "OP2",
    });
    expect(describeSubject({ kind: "proposal", proposalId: "n" }, record)).toMatchObject({ paragraph: null });
    expect(describeSubject({ kind: "item", itemId: "i" }, record)).toEqual({ kind: "item" });
  });

  it("leaves the sponsor unnamed when the mode names no delegation", () => {
    expect(describeSubject({ kind: "proposal", proposalId: "x" }, record, false)).toMatchObject({ delegation: null });
  });
});
