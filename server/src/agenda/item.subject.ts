import { presentCall } from "../consensus/consensus.presenter.js";
import { insertCall, openCallsOn } from "../consensus/consensus.repository.js";
import { assertNoOpenCall } from "../consensus/consensus.rules.js";
import { conflict } from "../core/errors.js";
import type { ConsensusConcept, SubjectConcept } from "../subjects/subject.js";
import { getItem } from "./agenda.repository.js";

/** A poll on an agenda item's question, open until the item is concluded. */
export const itemSubject: SubjectConcept<"item"> = {
  async pollable({ tx, consultation }, ref) {
    const item = await getItem(tx, consultation.id, ref.itemId);
    if (item.status === "concluded") throw conflict("The item is concluded.", { code: "item_concluded" });
    return { itemId: item.id };
  },
};

/** The chair's proposed conclusion of an item, put to the room; its close changes nothing else. */
export const itemConclusion: ConsensusConcept<"conclusion"> = {
  async call({ tx, consultation }, subject, base) {
    const item = await getItem(tx, consultation.id, subject.itemId);
    if (item.status === "concluded") throw conflict("The item is concluded.", { code: "item_concluded" });
    assertNoOpenCall(await openCallsOn(tx, { itemId: item.id }));
    const row = await insertCall(tx, {
      ...base,
      subject: "conclusion",
      itemId: item.id,
      expectationId: null,
      expectationVersion: null,
      text: subject.text,
    });
    return { row, upsert: { consensusCalls: [presentCall(row)] } };
  },
  async closed() {
    return {};
  },
};
