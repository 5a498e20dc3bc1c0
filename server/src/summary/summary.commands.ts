import type { CommandHandlers } from "../realtime/command-bus.js";
import { editDraft, finaliseSummary } from "./summary.service.js";

/**
 * The summary's workflow over the command bus: the secretary (the rapporteur) edits the draft
 * narrative; the chair alone approves and finalises it. Both are logged; their patches are empty, since the
 * draft is not part of the room's live state.
 */
export const summaryCommands: Pick<CommandHandlers, "summary:edit-draft" | "summary:finalise"> = {
  "summary:edit-draft": {
    run: async (uow, payload, me) => {
      await editDraft(uow, payload, me);
      return undefined;
    },
  },
  "summary:finalise": {
    run: async (uow, payload, me) => {
      await finaliseSummary(uow, payload, me);
      return undefined;
    },
  },
};
