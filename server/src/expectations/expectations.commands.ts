import { randomUUID } from "node:crypto";
import { isAdopted, limits } from "@trilogue/shared";
import { getItem } from "../agenda/agenda.repository.js";
import { presentCall } from "../consensus/consensus.presenter.js";
import { callsOnExpectation } from "../consensus/consensus.repository.js";
import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict } from "../core/errors.js";
import { getDelegation } from "../polls/polls.repository.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentAcceptance, presentExpectation, presentExpectationVersion } from "./expectations.presenter.js";
import {
  countExpectations,
  getExpectation,
  insertExpectation,
  insertExpectationVersion,
  recordAcceptance,
} from "./expectations.repository.js";
import { assertEditable, assertTpcc } from "./expectations.rules.js";
import { refreshExpectation, writeVersion } from "./expectations.service.js";

type ExpectationCommand = "expectation:draft" | "expectation:revise" | "expectation:record-acceptance";

/**
 * The chair and the secretary (rapporteur) draft and revise expectations; T/PCCs record their
 * acceptance of an adopted version. Amendments are in amendments.commands.ts.
 */
export const expectationCommands: Pick<CommandHandlers, ExpectationCommand> = {
  "expectation:draft": {
    async run({ tx, consultation, now, emit }, { itemId, fields }, me) {
      assertNotClosed(consultation.status);
      if (itemId) await getItem(tx, consultation.id, itemId);
      if ((await countExpectations(tx, consultation.id)) >= limits.expectations) {
        throw conflict(`A consultation holds at most ${limits.expectations} expectations.`, {
          code: "expectations_full",
          params: { max: limits.expectations },
        });
      }
      const row = await insertExpectation(tx, {
        id: randomUUID(),
        consultationId: consultation.id,
        itemId,
        version: 1,
        fields,
        status: "draft",
        draftedBy: me.participantId,
        createdAt: now,
        updatedAt: now,
      });
      const version = await insertExpectationVersion(tx, {
        id: randomUUID(),
        consultationId: consultation.id,
        expectationId: row.id,
        version: 1,
        fields,
        authorId: me.participantId,
        authorDelegationId: null,
        amendmentId: null,
        createdAt: now,
      });
      emit("expectation:drafted", {
        upsert: { expectations: [presentExpectation(row)], expectationVersions: [presentExpectationVersion(version)] },
      });
      return row.id;
    },
  },

  "expectation:revise": {
    async run(uow, { expectationId, fields }, me) {
      assertNotClosed(uow.consultation.status);
      const row = await getExpectation(uow.tx, uow.consultation.id, expectationId);
      assertEditable((await refreshExpectation(uow, row)).status);
      const { expectation, version } = await writeVersion(uow, row, fields, {
        participantId: me.participantId,
        delegationId: null,
        amendmentId: null,
      });
      uow.emit("expectation:revised", { upsert: { expectations: [expectation], expectationVersions: [version] } });
      return undefined;
    },
  },

  "expectation:record-acceptance": {
    async run(uow, { expectationId, kind, caveat }, me) {
      assertNotClosed(uow.consultation.status);
      const delegation = await getDelegation(uow.tx, uow.consultation.id, me.delegationId);
      assertTpcc(delegation);
      const row = await getExpectation(uow.tx, uow.consultation.id, expectationId);
      if (!isAdopted(row, (await callsOnExpectation(uow.tx, row.id)).map(presentCall))) {
        throw conflict("Acceptance is recorded once the expectation has been adopted by consensus.", {
          code: "acceptance_before_adoption",
        });
      }
      const record = await recordAcceptance(uow.tx, {
        id: randomUUID(),
        consultationId: uow.consultation.id,
        expectationId: row.id,
        version: row.version,
        delegationId: delegation.id,
        participantId: me.participantId,
        kind,
        caveat: caveat === "" ? null : caveat,
        recordedAt: uow.now,
      });
      const expectation = await refreshExpectation(uow, row);
      uow.emit("acceptance:recorded", {
        upsert: { acceptances: [presentAcceptance(record)], expectations: [expectation] },
      });
      return record.id;
    },
  },
};
