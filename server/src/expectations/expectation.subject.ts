import { isAdopted } from "@trilogue/shared";
import { presentCall } from "../consensus/consensus.presenter.js";
import { callsOnExpectation, insertCall, openCallsOn } from "../consensus/consensus.repository.js";
import { assertNoOpenCall } from "../consensus/consensus.rules.js";
import { conflict } from "../core/errors.js";
import type { ConsensusConcept, SubjectConcept } from "../subjects/subject.js";
import { getExpectation } from "./expectations.repository.js";
import { assertEditable } from "./expectations.rules.js";
import { refreshExpectation } from "./expectations.service.js";

/** A poll on an expectation, taken under its agenda item. */
export const expectationSubject: SubjectConcept<"expectation"> = {
  async pollable(uow, ref) {
    const expectation = await getExpectation(uow.tx, uow.consultation.id, ref.expectationId);
    assertEditable((await refreshExpectation(uow, expectation)).status);
    if (!expectation.itemId)
      throw conflict("This expectation is under no agenda item; a poll is taken under an item.", {
        code: "expectation_no_item",
      });
    return { itemId: expectation.itemId };
  },
};

/** An expectation's current version put to the room; the close re-derives its status. */
export const expectationConsensus: ConsensusConcept<"expectation"> = {
  async call(uow, subject, base) {
    const { tx, consultation } = uow;
    const expectation = await getExpectation(tx, consultation.id, subject.expectationId);
    assertEditable((await refreshExpectation(uow, expectation)).status);
    if (isAdopted(expectation, (await callsOnExpectation(tx, expectation.id)).map(presentCall))) {
      throw conflict("This version was adopted already; amend the expectation to put a new text.", {
        code: "expectation_version_adopted",
      });
    }
    assertNoOpenCall(await openCallsOn(tx, { expectationId: expectation.id }));
    const row = await insertCall(tx, {
      ...base,
      subject: "expectation",
      itemId: expectation.itemId,
      expectationId: expectation.id,
      expectationVersion: expectation.version,
      text: expectation.fields.scenario,
    });
    return {
      row,
      upsert: { consensusCalls: [presentCall(row)], expectations: [await refreshExpectation(uow, expectation)] },
    };
  },
  async closed(uow, call) {
    if (!call.expectationId) return {};
    const expectation = await getExpectation(uow.tx, uow.consultation.id, call.expectationId);
    return { expectations: [await refreshExpectation(uow, expectation)] };
  },
};
