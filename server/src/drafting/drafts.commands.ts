import { randomUUID } from "node:crypto";
import { canRemoveParagraph, limits, moveParagraph, numberParagraphs } from "@trilogue/shared";
import { getItem } from "../agenda/agenda.repository.js";
import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict } from "../core/errors.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentDeletion, presentDraft, presentParagraph, presentProposal, stateOf } from "./drafting.presenter.js";
import {
  countDrafts,
  countPendingOn,
  getDraft,
  getParagraph,
  insertDraft,
  markDeleted,
  paragraphsOf,
  pendingOn,
  placeAll,
  updateProposal,
} from "./drafting.repository.js";
import {
  assertFresh,
  assertNotUnderSilence,
  assertStateMove,
  assertTextOpen,
  refuseOutline,
} from "./drafting.rules.js";
import { isUnderSilence, placeParagraph, writeVersion } from "./drafting.service.js";

type DraftCommand =
  | "draft:open"
  | "draft:add-paragraph"
  | "draft:edit-paragraph"
  | "draft:set-state"
  | "draft:delete-paragraph"
  | "draft:move-paragraph";

/**
 * The chair and the secretary open drafts, add paragraphs and edit them; every edit names the
 * version it started from, so a stale edit is a CONFLICT rather than a silent overwrite. Only the
 * chair moves a paragraph between states. They also delete paragraphs (a deletion names the
 * version seen, and the text stays in the draft's history) and move them in the outline. Commands
 * on one consultation run one at a time, so two outline changes never interleave. Proposals are in
 * proposals.commands.ts.
 */
export const draftCommands: Pick<CommandHandlers, DraftCommand> = {
  "draft:open": {
    async run({ tx, consultation, now, emit }, { itemId, title }, me) {
      assertNotClosed(consultation.status);
      await getItem(tx, consultation.id, itemId);
      if ((await countDrafts(tx, consultation.id)) >= limits.drafts) {
        throw conflict(`A consultation holds at most ${limits.drafts} drafts.`, {
          code: "drafts_full",
          params: { max: limits.drafts },
        });
      }
      const row = await insertDraft(tx, {
        id: randomUUID(),
        consultationId: consultation.id,
        itemId,
        title,
        openedBy: me.participantId,
        openedAt: now,
      });
      emit("draft:opened", { upsert: { drafts: [presentDraft(row)] } });
      return row.id;
    },
  },

  "draft:add-paragraph": {
    async run(uow, { draftId, kind, text, afterParagraphId, level }, me) {
      assertNotClosed(uow.consultation.status);
      const draft = await getDraft(uow.tx, uow.consultation.id, draftId);
      const placed = await placeParagraph(
        uow,
        draft,
        { kind, level, text, afterParagraphId, sponsorDelegationId: null },
        { authorId: me.participantId, authorDelegationId: null, proposalId: null, callId: null, note: "" },
      );
      uow.emit("paragraph:added", {
        upsert: { paragraphs: [placed.paragraph, ...placed.moved], paragraphVersions: [placed.version] },
      });
      return placed.paragraph.id;
    },
  },

  "draft:edit-paragraph": {
    async run(uow, { paragraphId, baseVersion, text, note }, me) {
      assertNotClosed(uow.consultation.status);
      const row = await getParagraph(uow.tx, uow.consultation.id, paragraphId);
      assertFresh(baseVersion, row.version);
      assertTextOpen(stateOf(row), await isUnderSilence(uow, row));
      if (text === row.text) throw conflict("The text is unchanged.", { code: "text_unchanged" });
      const { paragraph, version } = await writeVersion(
        uow,
        row,
        { text, state: "bracketed" },
        { authorId: me.participantId, authorDelegationId: null, proposalId: null, callId: null, note },
      );
      uow.emit("paragraph:edited", { upsert: { paragraphs: [paragraph], paragraphVersions: [version] } });
      return undefined;
    },
  },

  "draft:set-state": {
    async run(uow, { paragraphId, baseVersion, state, note }, me) {
      assertNotClosed(uow.consultation.status);
      const row = await getParagraph(uow.tx, uow.consultation.id, paragraphId);
      assertFresh(baseVersion, row.version);
      assertStateMove(
        { state: stateOf(row), text: row.text },
        state,
        await countPendingOn(uow.tx, row.id),
        await isUnderSilence(uow, row),
      );
      const { paragraph, version } = await writeVersion(
        uow,
        row,
        { text: row.text, state },
        { authorId: me.participantId, authorDelegationId: null, proposalId: null, callId: null, note },
      );
      uow.emit("paragraph:state-changed", { upsert: { paragraphs: [paragraph], paragraphVersions: [version] } });
      return undefined;
    },
  },

  "draft:delete-paragraph": {
    async run(uow, { paragraphId, baseVersion, note }, me) {
      assertNotClosed(uow.consultation.status);
      const row = await getParagraph(uow.tx, uow.consultation.id, paragraphId);
      assertFresh(baseVersion, row.version);
      assertNotUnderSilence(await isUnderSilence(uow, row));
      const live = await paragraphsOf(uow.tx, row.draftId);
      if (!canRemoveParagraph(live, row.id)) {
        throw conflict("The paragraph introduces sub-paragraphs: delete or move them first.", {
          code: "paragraph_has_sub_paragraphs",
        });
      }
      const label = numberParagraphs(live).get(row.id)?.label ?? "";
      const deleted = await markDeleted(uow.tx, row.id, {
        deletedAt: uow.now,
        deletedBy: me.participantId,
        deletionNote: note,
        deletedLabel: label,
      });
      // Proposals on it stay on record, closed with the reason, rather than left pending.
      const closed = [];
      for (const proposal of await pendingOn(uow.tx, row.id)) {
        closed.push(
          await updateProposal(uow.tx, proposal.id, {
            status: "rejected",
            decidedAt: uow.now,
            decidedBy: me.participantId,
            decisionNote: `The paragraph (${label}) was deleted.`,
          }),
        );
      }
      uow.emit("paragraph:deleted", {
        upsert: { paragraphDeletions: [presentDeletion(deleted)], draftProposals: closed.map(presentProposal) },
        remove: { paragraphs: [row.id] },
      });
      return undefined;
    },
  },

  "draft:move-paragraph": {
    async run(uow, { paragraphId, beforeParagraphId, level }, _me) {
      assertNotClosed(uow.consultation.status);
      const row = await getParagraph(uow.tx, uow.consultation.id, paragraphId);
      if (beforeParagraphId) {
        const before = await getParagraph(uow.tx, uow.consultation.id, beforeParagraphId);
        if (before.draftId !== row.draftId) {
          throw conflict("That paragraph belongs to another draft.", { code: "paragraph_other_draft" });
        }
      }
      const live = await paragraphsOf(uow.tx, row.draftId);
      const moved = moveParagraph(live, { paragraphId, beforeParagraphId, ...(level === undefined ? {} : { level }) });
      if (!moved.ok) refuseOutline(moved.reason);
      const changed = await placeAll(uow.tx, live, moved.order, uow.now);
      if (changed.length === 0) throw conflict("The paragraph is already there.", { code: "paragraph_already_placed" });
      uow.emit("paragraph:moved", { upsert: { paragraphs: changed.map(presentParagraph) } });
      return undefined;
    },
  },
};
