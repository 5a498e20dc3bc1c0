import { randomUUID } from "node:crypto";
import { getItem } from "../agenda/agenda.repository.js";
import { assertLive, assertNotClosed } from "../consultations/consultations.rules.js";
import { policy } from "../consultations/policy.js";
import { conflict } from "../core/errors.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentPosition, presentPositionVersion } from "./positions.presenter.js";
import { discardDraft, findPosition, publishVersion, saveDraft } from "./positions.repository.js";
import { assertItemTakesPositions, nextPositionVersion } from "./positions.rules.js";

type PositionCommand = "position:save-draft" | "position:discard-draft" | "position:publish";

/** The member's delegation; `allow` has already checked that there is one. */
const delegationOf = (me: { delegationId: string | null }) => me.delegationId ?? "";

/**
 * Positions. Drafts are the delegation's own: they append no event (the ack's seq is 0) and are
 * read over HTTP by the delegation's members only. Publishing appends `position:published`.
 */
export const positionCommands: Pick<CommandHandlers, PositionCommand> = {
  "position:save-draft": {
    allow: policy.delegationMember,
    async run({ tx, consultation, now }, { itemId, stance, statement }, me) {
      assertNotClosed(consultation.status);
      assertItemTakesPositions(await getItem(tx, consultation.id, itemId));
      await saveDraft(tx, {
        consultationId: consultation.id,
        itemId,
        delegationId: delegationOf(me),
        stance,
        statement,
        savedBy: me.participantId,
        savedAt: now,
      });
      return undefined;
    },
  },

  "position:discard-draft": {
    allow: policy.delegationMember,
    async run({ tx, consultation }, { itemId }, me) {
      await getItem(tx, consultation.id, itemId);
      if (!(await discardDraft(tx, itemId, delegationOf(me))))
        throw conflict("Your delegation has no draft on this item.");
      return undefined;
    },
  },

  "position:publish": {
    allow: policy.delegate,
    async run({ tx, consultation, now, emit }, { itemId, stance, statement }, me) {
      assertLive(consultation.status);
      assertItemTakesPositions(await getItem(tx, consultation.id, itemId));
      const delegationId = delegationOf(me);
      const existing = await findPosition(tx, itemId, delegationId);
      const { current, version } = await publishVersion(tx, {
        id: existing?.id ?? randomUUID(),
        consultationId: consultation.id,
        itemId,
        delegationId,
        stance,
        statement,
        version: nextPositionVersion(existing),
        publishedBy: me.participantId,
        publishedAt: now,
      });
      // The published text supersedes the delegation's draft on this item.
      await discardDraft(tx, itemId, delegationId);
      emit("position:published", {
        upsert: { positions: [presentPosition(current)], positionVersions: [presentPositionVersion(version, current)] },
      });
      return current.id;
    },
  },
};
