import type { ConsultationStatus } from "@trilogue/shared";
import { conflict } from "../core/errors.js";

const transitions: Record<ConsultationStatus, readonly ConsultationStatus[]> = {
  scheduled: ["live", "closed"],
  live: ["suspended", "closed"],
  suspended: ["live", "closed"],
  closed: [],
};

/** Whether the chair may move a consultation from one state to another. */
export function canMoveTo(from: ConsultationStatus, to: ConsultationStatus): boolean {
  return transitions[from].includes(to);
}

/** Business in the room (the floor, items, votes) happens only while the meeting is live. */
export function assertLive(status: string): void {
  if (status !== "live")
    throw conflict(`The consultation is ${status}, not live.`, { code: "consultation_not_live", params: { status } });
}

/** Preparation (agenda edits) is possible until the consultation is closed. */
export function assertNotClosed(status: string): void {
  if (status === "closed") throw conflict("The consultation is closed.", { code: "consultation_closed" });
}
