import { getItem } from "../agenda/agenda.repository.js";
import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict } from "../core/errors.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { discardDraft, saveDraft } from "./positions.repository.js";
import { assertItemTakesPositions } from "./positions.rules.js";
import { publishPosition } from "./positions.service.js";

type PositionCommand = "position:save-draft" | "position:discard-draft" | "position:publish";

/**
 * Positions. Drafts are the delegation's own: they append no event (the ack's seq is 0) and are
 * read over HTTP by the delegation's members only. Publishing appends `position:published`.
 */
export const positionCommands: Pick<CommandHandlers, PositionCommand> = {
  "position:save-draft": {
    async run({ tx, consultation, now }, { itemId, stance, statement }, me) {
      assertNotClosed(consultation.status);
      assertItemTakesPositions(await getItem(tx, consultation.id, itemId));
      await saveDraft(tx, {
        consultationId: consultation.id,
        itemId,
        delegationId: me.delegationId,
        stance,
        statement,
        savedBy: me.participantId,
        savedAt: now,
      });
      return undefined;
    },
  },

  "position:discard-draft": {
    async run({ tx, consultation }, { itemId }, me) {
      await getItem(tx, consultation.id, itemId);
      if (!(await discardDraft(tx, itemId, me.delegationId)))
        throw conflict("Your delegation has no draft on this item.", { code: "position_no_draft" });
      return undefined;
    },
  },

  "position:publish": {
    async run(uow, { itemId, stance, statement }, me) {
      const current = await publishPosition(uow, me, { itemId, stance, statement });
      return current.id;
    },
  },
};
