import { render, screen } from "@testing-library/react";
import type { ConsensusCall, ConsultationState, Objection, Poll } from "@trilogue/shared";
import i18next from "i18next";
import { act } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { useAnnouncerStore } from "../stores/announcer-store";
import { useConsultationStore } from "../stores/consultation-store";
import { event, floorRequest, id, item, senegal, snapshot, southSudan } from "../test/fixtures";
import { resetStores } from "../test/reset";
import { announcementsBetween } from "./announcements";
import { LiveAnnouncer } from "./LiveAnnouncer";

const at = "2016-11-03T10:00:00.000Z";
const poll = (status: Poll["status"]): Poll => ({
  id: id(500),
  itemId: id(101),
  subject: { kind: "item", itemId: id(101) },
  indicative: true,
  question: "Lead with the political strategy?",
  kind: "yes_no_abstain",
  options: ["yes", "no", "abstain"],
  maxChoices: 1,
  secret: false,
  resultsVisibility: "live",
  status,
  createdAt: at,
  openedAt: null,
  closedAt: null,
  result: null,
});
const call = (change: Partial<ConsensusCall> = {}): ConsensusCall => ({
  id: id(600),
  subject: "conclusion",
  itemId: id(101),
  expectationId: null,
  expectationVersion: null,
  text: "Mandates lead with politics.",
  deadlineAt: at,
  status: "open",
  outcome: null,
  closedBy: null,
  calledAt: at,
  closedAt: null,
  ...change,
});
const objection = (status: Objection["status"]): Objection => ({
  id: id(700),
  callId: id(600),
  delegationId: southSudan.id,
  participantId: id(402),
  reason: "Not consulted.",
  status,
  raisedAt: at,
  withdrawnAt: null,
});

/** The state after a snapshot and some events, as the store folds them. */
function stateAfter(...patches: Parameters<typeof event>[1][]): ConsultationState {
  resetStores();
  const store = useConsultationStore.getState();
  store.applySync({ kind: "snapshot", snapshot: snapshot(1, { items: [item(1, { status: "open" })] }) });
  store.receive(patches.map((patch, index) => event(index + 2, patch)));
  const state = useConsultationStore.getState().state;
  if (!state) throw new Error("no state");
  return state;
}

describe("what the live region says", () => {
  const t = i18next.t;
  beforeEach(() => void i18next.changeLanguage("en"));

  it("says nothing on the first catch-up", () => {
    expect(announcementsBetween(null, stateAfter(), t)).toEqual([]);
  });

  it("says who takes the floor, and when the floor is free again", () => {
    const before = stateAfter({ upsert: { floorRequests: [floorRequest(1)] } });
    const speaking = stateAfter(
      { upsert: { floorRequests: [floorRequest(1)] } },
      { upsert: { floorRequests: [floorRequest(1, { status: "speaking" })] } },
    );
    expect(announcementsBetween(before, speaking, t)).toEqual(["Senegal has the floor."]);
    const done = stateAfter({ upsert: { floorRequests: [floorRequest(1, { status: "done" })] } });
    expect(announcementsBetween(speaking, done, t)).toEqual(["The floor is free."]);
  });

  it("says when a poll opens and closes, but not a draft", () => {
    const none = stateAfter();
    const draft = stateAfter({ upsert: { polls: [poll("draft")] } });
    const open = stateAfter({ upsert: { polls: [poll("open")] } });
    const closed = stateAfter({ upsert: { polls: [poll("closed")] } });
    expect(announcementsBetween(none, draft, t)).toEqual([]);
    expect(announcementsBetween(draft, open, t)).toEqual(["A poll is open: Lead with the political strategy?"]);
    // A delegate never sees the draft: the poll arrives open, and is announced all the same.
    expect(announcementsBetween(none, open, t)).toEqual(["A poll is open: Lead with the political strategy?"]);
    expect(announcementsBetween(open, closed, t)).toEqual(["The poll is closed: Lead with the political strategy?"]);
  });

  it("says when a text is put to consensus, an objection, and the outcome", () => {
    const none = stateAfter();
    const called = stateAfter({ upsert: { consensusCalls: [call()] } });
    const objected = stateAfter({ upsert: { consensusCalls: [call()], objections: [objection("standing")] } });
    const withdrawn = stateAfter({ upsert: { consensusCalls: [call()], objections: [objection("withdrawn")] } });
    const adopted = stateAfter({
      upsert: {
        consensusCalls: [call({ status: "closed", outcome: "adopted" })],
        objections: [objection("withdrawn")],
      },
    });
    expect(announcementsBetween(none, called, t)).toEqual([
      "A text has been put to consensus: Mandates lead with politics.",
    ]);
    expect(announcementsBetween(called, objected, t)).toEqual(["South Sudan objects."]);
    expect(announcementsBetween(objected, withdrawn, t)).toEqual(["South Sudan has withdrawn its objection."]);
    expect(announcementsBetween(withdrawn, adopted, t)).toEqual(["Adopted by consensus: Mandates lead with politics."]);
  });

  it("speaks the reader's language, with the Latin name isolated inside Arabic", async () => {
    await i18next.changeLanguage("ar");
    const before = stateAfter({ upsert: { floorRequests: [floorRequest(1)] } });
    const speaking = stateAfter({ upsert: { floorRequests: [floorRequest(1, { status: "speaking" })] } });
    expect(announcementsBetween(before, speaking, t)).toEqual([`أُعطيت الكلمة إلى \u2068${senegal.name}\u2069.`]);
  });
});

describe("the live region", () => {
  beforeEach(() => {
    resetStores();
    useAnnouncerStore.getState().clear();
    void i18next.changeLanguage("en");
  });

  it("is a polite log that adds each sentence, even a repeated one", () => {
    useConsultationStore.getState().applySync({
      kind: "snapshot",
      snapshot: snapshot(1, { items: [item(1, { status: "open" })], floorRequests: [floorRequest(1)] }),
    });
    render(<LiveAnnouncer />);
    const region = screen.getByTestId("announcer");
    expect(region.getAttribute("role")).toBe("log");
    expect(region.getAttribute("aria-live")).toBe("polite");
    const give = (seq: number, status: "speaking" | "done") =>
      act(() => {
        useConsultationStore
          .getState()
          .receive([event(seq, { upsert: { floorRequests: [floorRequest(1, { status })] } })]);
      });
    give(2, "speaking");
    give(3, "done");
    expect(Array.from(region.querySelectorAll("p"), (p) => p.textContent)).toEqual([
      "Senegal has the floor.",
      "The floor is free.",
    ]);
  });
});
