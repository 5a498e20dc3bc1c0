import { randomUUID } from "node:crypto";
import { assertLive, assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict } from "../core/errors.js";
import { getDelegation } from "../polls/polls.repository.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { callOn } from "../subjects/registry.js";
import { presentObjection } from "./consensus.presenter.js";
import { findObjection, getCall, raiseObjection, withdrawObjection } from "./consensus.repository.js";
import { assertCallAcceptsObjections, assertMayObject, callDeadline } from "./consensus.rules.js";
import { closeCall } from "./consensus.service.js";

type ConsensusCommand = "consensus:call" | "consensus:object" | "consensus:withdraw-objection" | "consensus:close";

/** The chair calls for consensus; delegations object before the deadline; the chair or the deadline closes. */
export const consensusCommands: Pick<CommandHandlers, ConsensusCommand> = {
  "consensus:call": {
    async run(uow, { subject, durationSeconds }, me) {
      const { consultation, now } = uow;
      assertLive(consultation.status);
      const base = {
        id: randomUUID(),
        consultationId: consultation.id,
        deadlineAt: callDeadline(now, durationSeconds),
        status: "open" as const,
        outcome: null,
        closedBy: null,
        calledBy: me.participantId,
        calledAt: now,
        closedAt: null,
      };
      const { row, upsert } = await callOn(uow, subject, base);
      uow.emit("consensus:called", { upsert });
      return row.id;
    },
  },

  "consensus:object": {
    async run({ tx, consultation, now, emit }, { callId, reason }, me) {
      const call = await getCall(tx, consultation.id, callId);
      assertCallAcceptsObjections(call, now);
      const delegation = await getDelegation(tx, consultation.id, me.delegationId);
      assertMayObject(delegation, consultation.decisionRule);
      const existing = await findObjection(tx, callId, delegation.id);
      if (existing?.status === "standing")
        throw conflict("Your delegation's objection already stands.", { code: "objection_already_standing" });
      const row = await raiseObjection(tx, {
        id: existing?.id ?? randomUUID(),
        consultationId: consultation.id,
        callId,
        delegationId: delegation.id,
        participantId: me.participantId,
        reason,
        status: "standing",
        raisedAt: now,
        withdrawnAt: null,
      });
      emit("consensus:objected", { upsert: { objections: [presentObjection(row)] } });
      return row.id;
    },
  },

  "consensus:withdraw-objection": {
    async run({ tx, consultation, now, emit }, { callId }, me) {
      const call = await getCall(tx, consultation.id, callId);
      assertCallAcceptsObjections(call, now);
      const existing = await findObjection(tx, callId, me.delegationId);
      if (existing?.status !== "standing")
        throw conflict("Your delegation has no standing objection to withdraw.", { code: "objection_none_standing" });
      const row = await withdrawObjection(tx, existing.id, me.participantId, now);
      emit("consensus:objection-withdrawn", { upsert: { objections: [presentObjection(row)] } });
      return undefined;
    },
  },

  "consensus:close": {
    async run(uow, { callId }) {
      assertNotClosed(uow.consultation.status);
      const call = await getCall(uow.tx, uow.consultation.id, callId);
      if (call.status !== "open") throw conflict("The consensus call is already closed.", { code: "call_closed" });
      await closeCall(uow, call, "chair");
      return undefined;
    },
  },
};
