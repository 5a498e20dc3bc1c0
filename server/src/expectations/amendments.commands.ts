import { randomUUID } from "node:crypto";
import { limits } from "@trilogue/shared";
import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict } from "../core/errors.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentAmendment } from "./expectations.presenter.js";
import {
  countAmendments,
  decideAmendment,
  getAmendment,
  getExpectation,
  insertAmendment,
} from "./expectations.repository.js";
import { applyAmendment, assertEditable } from "./expectations.rules.js";
import { refreshExpectation, writeVersion } from "./expectations.service.js";

type AmendmentCommand = "expectation:amend" | "expectation:accept-amendment" | "expectation:reject-amendment";

/** Delegations propose amendments; the chair accepts (a new version, authored by the proposer) or rejects them. */
export const amendmentCommands: Pick<CommandHandlers, AmendmentCommand> = {
  "expectation:amend": {
    async run(uow, { expectationId, changes, rationale }, me) {
      assertNotClosed(uow.consultation.status);
      const row = await getExpectation(uow.tx, uow.consultation.id, expectationId);
      assertEditable((await refreshExpectation(uow, row)).status);
      if ((await countAmendments(uow.tx, row.id)) >= limits.amendmentsPerExpectation) {
        throw conflict(`An expectation takes at most ${limits.amendmentsPerExpectation} amendments.`, {
          code: "amendments_full",
          params: { max: limits.amendmentsPerExpectation },
        });
      }
      const amendment = await insertAmendment(uow.tx, {
        id: randomUUID(),
        consultationId: uow.consultation.id,
        expectationId: row.id,
        baseVersion: row.version,
        changes,
        rationale,
        delegationId: me.delegationId,
        proposedBy: me.participantId,
        status: "pending",
        proposedAt: uow.now,
        decidedAt: null,
        decidedBy: null,
        resultingVersion: null,
        decisionNote: null,
      });
      uow.emit("amendment:proposed", { upsert: { amendments: [presentAmendment(amendment)] } });
      return amendment.id;
    },
  },

  "expectation:accept-amendment": {
    async run(uow, { amendmentId, note }, me) {
      assertNotClosed(uow.consultation.status);
      const amendment = await getAmendment(uow.tx, uow.consultation.id, amendmentId);
      if (amendment.status !== "pending")
        throw conflict(`The amendment was ${amendment.status} already.`, { code: "amendment_already_decided" });
      const row = await getExpectation(uow.tx, uow.consultation.id, amendment.expectationId);
      assertEditable((await refreshExpectation(uow, row)).status);
      const fields = applyAmendment(row.fields, presentAmendment(amendment).changes);
      const { expectation, version } = await writeVersion(uow, row, fields, {
        participantId: amendment.proposedBy,
        delegationId: amendment.delegationId,
        amendmentId: amendment.id,
      });
      const decided = await decideAmendment(uow.tx, amendment.id, {
        status: "accepted",
        decidedAt: uow.now,
        decidedBy: me.participantId,
        resultingVersion: version.version,
        decisionNote: note || null,
      });
      uow.emit("amendment:accepted", {
        upsert: {
          amendments: [presentAmendment(decided)],
          expectations: [expectation],
          expectationVersions: [version],
        },
      });
      return undefined;
    },
  },

  "expectation:reject-amendment": {
    async run(uow, { amendmentId, note }, me) {
      assertNotClosed(uow.consultation.status);
      const amendment = await getAmendment(uow.tx, uow.consultation.id, amendmentId);
      if (amendment.status !== "pending")
        throw conflict(`The amendment was ${amendment.status} already.`, { code: "amendment_already_decided" });
      const decided = await decideAmendment(uow.tx, amendment.id, {
        status: "rejected",
        decidedAt: uow.now,
        decidedBy: me.participantId,
        resultingVersion: null,
        decisionNote: note || null,
      });
      uow.emit("amendment:rejected", { upsert: { amendments: [presentAmendment(decided)] } });
      return undefined;
    },
  },
};
