import { and, eq } from "drizzle-orm";
import { closeCall } from "../consensus/consensus.service.js";
import { conflict } from "../core/errors.js";
import { consensusCalls, consultations } from "../db/schema.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { listPolls } from "../polls/polls.repository.js";
import { closePoll } from "../polls/polls.service.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentConsultation } from "./consultations.presenter.js";
import { canMoveTo } from "./consultations.rules.js";
import { setDecisionRule } from "./decision-rule.service.js";

/** Closes every open poll and consensus call, as the chair would before adjourning. */
async function settleOpenDecisions(uow: UnitOfWork): Promise<void> {
  for (const poll of await listPolls(uow.tx, uow.consultation.id)) {
    if (poll.status === "open") await closePoll(uow, poll);
  }
  const open = await uow.tx
    .select()
    .from(consensusCalls)
    .where(and(eq(consensusCalls.consultationId, uow.consultation.id), eq(consensusCalls.status, "open")));
  for (const call of open) await closeCall(uow, call, "chair");
}

export const consultationCommands: Pick<CommandHandlers, "consultation:set-status" | "consultation:set-decision-rule"> =
  {
    "consultation:set-decision-rule": {
      async run(uow, { rule }) {
        await setDecisionRule(uow, rule);
        return undefined;
      },
    },
    "consultation:set-status": {
      async run(uow, { status }) {
        const { tx, consultation, emit } = uow;
        const from = consultation.status;
        if (!canMoveTo(from, status))
          throw conflict(`A ${from} consultation cannot become ${status}.`, {
            code: "consultation_status_move",
            params: { from, to: status },
          });
        // Closing the meeting settles what is still open: nothing can be decided after it.
        if (status === "closed") await settleOpenDecisions(uow);
        const [row] = await tx
          .update(consultations)
          .set({ status })
          .where(eq(consultations.id, consultation.id))
          .returning();
        if (row) emit("consultation:status-changed", { consultation: presentConsultation(row) });
        return undefined;
      },
    },
  };
