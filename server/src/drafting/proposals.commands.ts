import { randomUUID } from "node:crypto";
import { type CoSignature, type JointStatement, limits } from "@trilogue/shared";
import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict, DomainError, forbidden } from "../core/errors.js";
import { openJointStatement } from "../joint/joint.service.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentProposal, stateOf } from "./drafting.presenter.js";
import {
  countProposals,
  getDraft,
  getParagraph,
  getParagraphVersion,
  getProposal,
  insertProposal,
  updateProposal,
} from "./drafting.repository.js";
import { amend, assertTextOpen, textChangeOf } from "./drafting.rules.js";
import { isUnderSilence } from "./drafting.service.js";
import { mergeProposal } from "./merge.service.js";

type ProposalCommand = "draft:propose" | "draft:withdraw-proposal" | "draft:merge-proposal" | "draft:reject-proposal";

/**
 * Delegations propose new paragraphs, amendments and alternatives; each proposal is its own record
 * (with its sponsor and co-sponsors), so concurrent amendments to one paragraph all survive. The
 * chair merges or rejects each; the sponsor may withdraw its own while it is pending.
 */
export const proposalCommands: Pick<CommandHandlers, ProposalCommand> = {
  "draft:propose": {
    async run(uow, { draftId, change, rationale, onBehalfOf, coSponsors }, me) {
      const { tx, consultation, now, emit } = uow;
      assertNotClosed(consultation.status);
      const draft = await getDraft(tx, consultation.id, draftId);
      if ((await countProposals(tx, draft.id)) >= limits.proposalsPerDraft) {
        throw conflict(`A draft holds at most ${limits.proposalsPerDraft} proposals.`, {
          code: "proposals_full",
          params: { max: limits.proposalsPerDraft },
        });
      }
      const delegationId = me.delegationId;
      const base = {
        id: randomUUID(),
        consultationId: consultation.id,
        draftId: draft.id,
        rationale,
        delegationId,
        proposedBy: me.participantId,
        status: "pending" as const,
        proposedAt: now,
        decidedAt: null,
        decidedBy: null,
        decisionNote: null,
        resultingParagraphId: null,
        resultingVersion: null,
      };
      let row: Awaited<ReturnType<typeof insertProposal>>;
      if (change.kind === "new_paragraph") {
        if (change.afterParagraphId) {
          const after = await getParagraph(tx, consultation.id, change.afterParagraphId);
          if (after.draftId !== draft.id || after.kind !== change.paragraphKind) {
            throw conflict("A new paragraph follows one of its own kind in the same draft.", {
              code: "paragraph_kind_mismatch",
            });
          }
        }
        row = await insertProposal(tx, {
          ...base,
          paragraphId: null,
          kind: "new_paragraph",
          baseVersion: null,
          passage: "",
          passageAt: null,
          text: change.text,
          paragraphKind: change.paragraphKind,
          afterParagraphId: change.afterParagraphId,
        });
      } else {
        const paragraph = await getParagraph(tx, consultation.id, change.paragraphId);
        if (paragraph.draftId !== draft.id)
          throw conflict("That paragraph belongs to another draft.", { code: "paragraph_other_draft" });
        assertTextOpen(stateOf(paragraph), await isUnderSilence(uow, paragraph));
        if (change.baseVersion > paragraph.version) {
          throw new DomainError("VALIDATION", "The paragraph has no such version.", [
            { path: ["change", "baseVersion"], message: "no such version" },
          ]);
        }
        const baseText =
          change.baseVersion === paragraph.version
            ? paragraph.text
            : (await getParagraphVersion(tx, paragraph.id, change.baseVersion)).text;
        const textChange = textChangeOf(change);
        amend(baseText, textChange, "propose");
        row = await insertProposal(tx, {
          ...base,
          paragraphId: paragraph.id,
          kind: change.kind,
          baseVersion: change.baseVersion,
          passage: textChange.passage,
          passageAt: textChange.at ?? null,
          text: textChange.text,
          paragraphKind: null,
          afterParagraphId: null,
        });
      }
      const joint: { jointStatements?: JointStatement[]; coSignatures?: CoSignature[] } = {};
      if (coSponsors.length > 0 || onBehalfOf !== "") {
        const opened = await openJointStatement(uow, {
          subject: "proposal",
          subjectId: row.id,
          subjectVersion: 1,
          itemId: draft.itemId,
          sponsorDelegationId: delegationId,
          onBehalfOf,
          coSignatories: coSponsors,
          createdBy: me.participantId,
        });
        joint.jointStatements = [opened.joint];
        joint.coSignatures = opened.coSignatures;
      }
      emit("proposal:submitted", { upsert: { draftProposals: [presentProposal(row)], ...joint } });
      return row.id;
    },
  },

  "draft:withdraw-proposal": {
    async run({ tx, consultation, now, emit }, { proposalId }, me) {
      const row = await getProposal(tx, consultation.id, proposalId);
      if (row.delegationId !== me.delegationId)
        throw forbidden("Only the sponsor's delegation withdraws its proposal.", {
          code: "proposal_withdraw_sponsor_only",
        });
      if (row.status !== "pending")
        throw conflict(`The proposal is ${row.status} already.`, { code: "proposal_already_decided" });
      const updated = await updateProposal(tx, row.id, {
        status: "withdrawn",
        decidedAt: now,
        decidedBy: me.participantId,
      });
      emit("proposal:withdrawn", { upsert: { draftProposals: [presentProposal(updated)] } });
      return undefined;
    },
  },

  "draft:merge-proposal": {
    async run(uow, payload, me) {
      assertNotClosed(uow.consultation.status);
      const merged = await mergeProposal(uow, payload, me.participantId);
      uow.emit("proposal:merged", {
        upsert: {
          draftProposals: [merged.proposal],
          paragraphs: merged.paragraphs,
          paragraphVersions: [merged.version],
        },
      });
      return merged.version.paragraphId;
    },
  },

  "draft:reject-proposal": {
    async run({ tx, consultation, now, emit }, { proposalId, note }, me) {
      assertNotClosed(consultation.status);
      const row = await getProposal(tx, consultation.id, proposalId);
      if (row.status !== "pending")
        throw conflict(`The proposal is ${row.status} already.`, { code: "proposal_already_decided" });
      const updated = await updateProposal(tx, row.id, {
        status: "rejected",
        decidedAt: now,
        decidedBy: me.participantId,
        decisionNote: note,
      });
      emit("proposal:rejected", { upsert: { draftProposals: [presentProposal(updated)] } });
      return undefined;
    },
  },
};
