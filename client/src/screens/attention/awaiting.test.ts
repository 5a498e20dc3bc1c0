import type { ConsensusCall, ConsultationState, Objection, Poll } from "@trilogue/shared";
import { stateFromSnapshot } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { floorRequest, id, item, senegal, snapshot, southSudan } from "../../test/fixtures";
import { type AnsweredLocally, awaitingDelegation } from "./awaiting";

const at = (minute: number) => `2016-11-03T10:${String(minute).padStart(2, "0")}:00.000Z`;
const poll = (n: number, status: Poll["status"]): Poll => ({
  id: id(500 + n),
  itemId: id(101),
  subject: { kind: "item", itemId: id(101) },
  indicative: true,
  question: `Question ${n}?`,
  kind: "yes_no_abstain",
  options: ["yes", "no", "abstain"],
  maxChoices: 1,
  secret: false,
  resultsVisibility: "live",
  status,
  createdAt: at(n),
  openedAt: status === "draft" ? null : at(n),
  closedAt: null,
  result: null,
});
const call = (
  n: number,
  subject: ConsensusCall["subject"],
  status: ConsensusCall["status"] = "open",
): ConsensusCall => ({
  id: id(600 + n),
  subject,
  itemId: id(101),
  expectationId: null,
  expectationVersion: null,
  text: `Text ${n}.`,
  deadlineAt: at(59),
  status,
  outcome: null,
  closedBy: null,
  calledAt: at(n),
  closedAt: null,
});
const objection = (callId: string, delegationId: string, status: Objection["status"]): Objection => ({
  id: `${callId.slice(0, -3)}7${callId.slice(-2)}`,
  callId,
  delegationId,
  participantId: id(401),
  reason: "No.",
  status,
  raisedAt: at(30),
  withdrawnAt: null,
});
const nothingLocal: AnsweredLocally = { votedPolls: new Set(), acknowledgedCalls: new Set() };

function room(change: Parameters<typeof snapshot>[1]): ConsultationState {
  return stateFromSnapshot(snapshot(1, { items: [item(1, { status: "open" })], ...change }));
}

describe("what awaits a delegation", () => {
  it("lists open polls and open calls of every kind, oldest first, and nothing closed or in draft", () => {
    const state = room({
      polls: [poll(3, "open"), poll(1, "draft"), poll(2, "closed")],
      consensusCalls: [
        call(4, "paragraph"),
        call(1, "conclusion"),
        call(2, "expectation"),
        call(5, "conclusion", "closed"),
      ],
    });
    expect(awaitingDelegation(state, senegal.id, nothingLocal).map((r) => r.key)).toEqual([
      `consensus:${id(601)}`,
      `expectation:${id(602)}`,
      `poll:${id(503)}`,
      `silence:${id(604)}`,
    ]);
  });

  it("drops a poll once the delegation voted and a call once it objected or let it pass", () => {
    const state = room({
      polls: [poll(1, "open"), poll(2, "open")],
      ballots: [
        { id: id(800), pollId: id(501), delegationId: senegal.id, choices: [0], castBy: id(401), castAt: at(5) },
      ],
      consensusCalls: [call(1, "conclusion"), call(2, "paragraph"), call(3, "expectation")],
      objections: [objection(id(601), senegal.id, "standing"), objection(id(602), southSudan.id, "standing")],
    });
    const local: AnsweredLocally = { votedPolls: new Set([id(502)]), acknowledgedCalls: new Set([id(603)]) };
    expect(awaitingDelegation(state, senegal.id, local).map((r) => r.key)).toEqual([`silence:${id(602)}`]);
  });

  it("shows the floor while the delegation speaks, with its speaking-time deadline", () => {
    const speaking = floorRequest(1, { status: "speaking", grantedAt: at(1), deadlineAt: at(4) });
    const state = room({ floorRequests: [speaking, floorRequest(2, { delegationId: southSudan.id })] });
    expect(awaitingDelegation(state, senegal.id, nothingLocal)).toEqual([
      expect.objectContaining({ kind: "floor", deadlineAt: at(4) }),
    ]);
    expect(awaitingDelegation(state, southSudan.id, nothingLocal)).toEqual([]);
  });
});
