import type { Confidentiality, EventType } from "@trilogue/shared";
import { conflict } from "../core/errors.js";
import { stricterMode } from "../summary/build/attribution.js";

/**
 * Events that prepare or run the meeting without anyone saying anything: setting it up, registering
 * delegations, people joining, the agenda, the chair's leave on breakdowns. Every other event (a
 * turn at the floor, a position, a poll, an objection, a proposal, a draft of the summary...) is
 * something said under the mode then in force. Listed as what is harmless, so that a new kind of
 * event counts as said until someone decides otherwise.
 */
export const setupEvents: ReadonlySet<EventType> = new Set<EventType>([
  "consultation:created",
  "consultation:updated",
  "consultation:status-changed",
  "delegation:registered",
  "delegation:updated",
  "participant:joined",
  "item:added",
  "item:removed",
  "item:opened",
  "item:time-box-set",
  "item:edited",
  "agenda:reordered",
  "floor:time-set",
  "breakdown:disclosure-changed",
]);

/** Whether `next` is less discreet than `current` (on the record < Chatham House < closed). */
export const loosens = (current: Confidentiality, next: Confidentiality) =>
  next !== current && stricterMode(current, next) === current;

/**
 * Confidentiality is a promise made to those who spoke: once anything has been said, the mode can
 * only become stricter. Before that, the operator may still correct it either way. Pure.
 */
export function assertConfidentialityChange(current: Confidentiality, next: Confidentiality, spoken: boolean): void {
  if (spoken && loosens(current, next)) {
    throw conflict(
      `Confidentiality cannot be loosened from ${current} to ${next}: something has already been said in this consultation, so its mode can only become stricter.`,
      { code: "confidentiality_only_stricter" },
    );
  }
}
