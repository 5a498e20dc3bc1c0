import { randomUUID } from "node:crypto";
import { limits } from "@trilogue/shared";
import { getItem } from "../agenda/agenda.repository.js";
import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict } from "../core/errors.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentDraft, stateOf } from "./drafting.presenter.js";
import { countDrafts, countPendingOn, getDraft, getParagraph, insertDraft } from "./drafting.repository.js";
import { assertFresh, assertStateMove, assertTextOpen } from "./drafting.rules.js";
import { isUnderSilence, placeParagraph, writeVersion } from "./drafting.service.js";

type DraftCommand = "draft:open" | "draft:add-paragraph" | "draft:edit-paragraph" | "draft:set-state";

/**
 * The chair and the secretary open drafts, add paragraphs and edit them; every edit names the
 * version it started from, so a stale edit is a CONFLICT rather than a silent overwrite. Only the
 * chair moves a paragraph between states. Proposals are in proposals.commands.ts.
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
    async run(uow, { draftId, kind, text, afterParagraphId }, me) {
      assertNotClosed(uow.consultation.status);
      const draft = await getDraft(uow.tx, uow.consultation.id, draftId);
      const placed = await placeParagraph(
        uow,
        draft,
        { kind, text, afterParagraphId, sponsorDelegationId: null },
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
};
