import type { CommandPayload, Patch, SubjectKind, SubjectRef } from "@trilogue/shared";
import type { CallRow } from "../consensus/consensus.repository.js";
import type { UnitOfWork } from "../events/unit-of-work.js";

/** What else a decision on a subject changed, broadcast with the decision's own event. */
export type Upsert = NonNullable<Patch["upsert"]>;

/** A consensus call's fields that do not depend on its subject. */
export type CallBase = Omit<CallRow, "subject" | "itemId" | "expectationId" | "expectationVersion" | "text">;

/** What the chair puts to the room for consensus, as the command names it. */
export type CallSubject = CommandPayload<"consensus:call">["subject"];

/**
 * How one concept is decided on. Each concept implements its own subject in its folder; polls and
 * consensus calls reach them only through `subjects` (registry.ts).
 */
export type SubjectConcept<K extends SubjectKind> = {
  /**
   * Finds the subject in the consultation and checks a poll may be taken on it: NOT_FOUND when it
   * does not exist or belongs to another consultation, CONFLICT when it is no longer open to a
   * decision. Answers the agenda item the poll is taken under.
   */
  pollable(uow: UnitOfWork, ref: Extract<SubjectRef, { kind: K }>): Promise<{ itemId: string }>;
};

/** A subject the room can also decide on by consensus: how its call opens, and what its close does. */
export type ConsensusConcept<S extends CallSubject["kind"]> = {
  call(
    uow: UnitOfWork,
    subject: Extract<CallSubject, { kind: S }>,
    base: CallBase,
  ): Promise<{ row: CallRow; upsert: Upsert }>;
  closed(uow: UnitOfWork, call: CallRow): Promise<Upsert>;
};
