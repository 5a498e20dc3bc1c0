import { randomUUID } from "node:crypto";
import { type Expectation, isAdopted, type Paragraph } from "@trilogue/shared";
import { getItem } from "../agenda/agenda.repository.js";
import { assertLive, assertNotClosed } from "../consultations/consultations.rules.js";
import { policy } from "../consultations/policy.js";
import { conflict } from "../core/errors.js";
import { callSilence } from "../drafting/silence.service.js";
import { getExpectation } from "../expectations/expectations.repository.js";
import { assertEditable } from "../expectations/expectations.rules.js";
import { refreshExpectation } from "../expectations/expectations.service.js";
import { getDelegation } from "../polls/polls.repository.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentCall, presentObjection } from "./consensus.presenter.js";
import {
  callsOnExpectation,
  findObjection,
  getCall,
  insertCall,
  openCallsOn,
  raiseObjection,
  withdrawObjection,
} from "./consensus.repository.js";
import { assertCallAcceptsObjections, assertMayObject, assertNoOpenCall, callDeadline } from "./consensus.rules.js";
import { closeCall } from "./consensus.service.js";

type ConsensusCommand = "consensus:call" | "consensus:object" | "consensus:withdraw-objection" | "consensus:close";

/** The chair calls for consensus; delegations object before the deadline; the chair or the deadline closes. */
export const consensusCommands: Pick<CommandHandlers, ConsensusCommand> = {
  "consensus:call": {
    allow: policy.chair,
    async run(uow, { subject, durationSeconds }, me) {
      const { tx, consultation, now } = uow;
      assertLive(consultation.status);
      const base = {
        id: randomUUID(),
        consultationId: consultation.id,
        deadlineAt: callDeadline(now, durationSeconds),
        status: "open",
        outcome: null,
        closedBy: null,
        calledBy: me.participantId,
        calledAt: now,
        closedAt: null,
      };
      const expectations: Expectation[] = [];
      const paragraphs: Paragraph[] = [];
      let row: Awaited<ReturnType<typeof insertCall>>;
      if (subject.kind === "conclusion") {
        const item = await getItem(tx, consultation.id, subject.itemId);
        if (item.status === "concluded") throw conflict("The item is concluded.", { code: "item_concluded" });
        assertNoOpenCall(await openCallsOn(tx, { itemId: item.id }));
        row = await insertCall(tx, {
          ...base,
          subject: "conclusion",
          itemId: item.id,
          expectationId: null,
          expectationVersion: null,
          text: subject.text,
        });
      } else if (subject.kind === "paragraph") {
        // The silence procedure on a paragraph agreed ad referendum (drafting/silence.service.ts).
        const opened = await callSilence(uow, subject.paragraphId, base);
        row = opened.call;
        paragraphs.push(opened.paragraph);
      } else {
        const expectation = await getExpectation(tx, consultation.id, subject.expectationId);
        assertEditable((await refreshExpectation(uow, expectation)).status);
        if (isAdopted(expectation, (await callsOnExpectation(tx, expectation.id)).map(presentCall))) {
          throw conflict("This version was adopted already; amend the expectation to put a new text.", {
            code: "expectation_version_adopted",
          });
        }
        assertNoOpenCall(await openCallsOn(tx, { expectationId: expectation.id }));
        row = await insertCall(tx, {
          ...base,
          subject: "expectation",
          itemId: expectation.itemId,
          expectationId: expectation.id,
          expectationVersion: expectation.version,
          text: (expectation.fields as { scenario: string }).scenario,
        });
        expectations.push(await refreshExpectation(uow, expectation));
      }
      uow.emit("consensus:called", {
        upsert: {
          consensusCalls: [presentCall(row)],
          ...(expectations.length ? { expectations } : {}),
          ...(paragraphs.length ? { paragraphs } : {}),
        },
      });
      return row.id;
    },
  },

  "consensus:object": {
    allow: policy.delegate,
    async run({ tx, consultation, now, emit }, { callId, reason }, me) {
      const call = await getCall(tx, consultation.id, callId);
      assertCallAcceptsObjections(call, now);
      const delegation = await getDelegation(tx, consultation.id, me.delegationId ?? "");
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
    allow: policy.delegate,
    async run({ tx, consultation, now, emit }, { callId }, me) {
      const call = await getCall(tx, consultation.id, callId);
      assertCallAcceptsObjections(call, now);
      const existing = await findObjection(tx, callId, me.delegationId ?? "");
      if (existing?.status !== "standing")
        throw conflict("Your delegation has no standing objection to withdraw.", { code: "objection_none_standing" });
      const row = await withdrawObjection(tx, existing.id, me.participantId, now);
      emit("consensus:objection-withdrawn", { upsert: { objections: [presentObjection(row)] } });
      return undefined;
    },
  },

  "consensus:close": {
    allow: policy.chair,
    async run(uow, { callId }) {
      assertNotClosed(uow.consultation.status);
      const call = await getCall(uow.tx, uow.consultation.id, callId);
      if (call.status !== "open") throw conflict("The consensus call is already closed.", { code: "call_closed" });
      await closeCall(uow, call, "chair");
      return undefined;
    },
  },
};
