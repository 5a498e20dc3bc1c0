import {
  type Acceptance,
  type Amendment,
  type Ballot,
  byTime,
  type ConsensusCall,
  type Delegation,
  type Expectation,
  type Objection,
  type Poll,
  type PollTurnout,
  type Position,
} from "@trilogue/shared";
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { useConsultationStore } from "../stores/consultation-store";

const none: Record<string, never> = {};

/** One collection of the live state as a list, filtered and ordered; stable between renders. */
function useList<T extends { id: string }>(
  pick: (state: NonNullable<ReturnType<typeof useConsultationStore.getState>["state"]>) => Record<string, T>,
  keep: (entity: T) => boolean,
  order: (a: T, b: T) => number,
  deps: readonly unknown[],
): T[] {
  const record = useConsultationStore((s) => (s.state ? pick(s.state) : none) ?? none);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `keep` and `order` are described by `deps`.
  return useMemo(() => Object.values(record).filter(keep).sort(order), [record, ...deps]);
}

/** Published positions on an item, by delegation name order of publication. */
export const usePositions = (itemId: string): Position[] =>
  useList(
    (s) => s.positions,
    (p) => p.itemId === itemId,
    byTime((p) => p.publishedAt),
    [itemId],
  );

/** Polls on an item, oldest first. */
export const usePolls = (itemId: string): Poll[] =>
  useList(
    (s) => s.polls,
    (p) => p.itemId === itemId,
    byTime((p) => p.createdAt),
    [itemId],
  );

/** A poll's visible ballots (named polls, once results are visible). */
export const useBallots = (pollId: string): Ballot[] =>
  useList(
    (s) => s.ballots,
    (b) => b.pollId === pollId,
    byTime((b) => b.castAt),
    [pollId],
  );

/** How many delegations have voted in a poll. */
export const useTurnout = (pollId: string): PollTurnout | null =>
  useConsultationStore((s) => s.state?.pollTurnouts?.[pollId] ?? null);

/** Consensus calls on an item (conclusions and expectations), oldest first. */
export const useConsensusCalls = (itemId: string | null): ConsensusCall[] =>
  useList(
    (s) => s.consensusCalls,
    (c) => itemId === null || c.itemId === itemId,
    byTime((c) => c.calledAt),
    [itemId],
  );

/** Every objection to one call. */
export const useObjections = (callId: string): Objection[] =>
  useList(
    (s) => s.objections,
    (o) => o.callId === callId,
    byTime((o) => o.raisedAt),
    [callId],
  );

/** Every expectation on the use of force, in drafting order. */
export const useExpectations = (): Expectation[] =>
  useList(
    (s) => s.expectations,
    () => true,
    byTime((e) => e.createdAt),
    [],
  );

/** Amendments to one expectation, oldest first. */
export const useAmendments = (expectationId: string): Amendment[] =>
  useList(
    (s) => s.amendments,
    (a) => a.expectationId === expectationId,
    byTime((a) => a.proposedAt),
    [expectationId],
  );

/** The delegations as a list, alphabetically (for breakdowns). */
export function useDelegationList(): Delegation[] {
  return useConsultationStore(
    useShallow((s) => Object.values(s.state?.delegations ?? {}).sort((a, b) => a.name.localeCompare(b.name))),
  );
}

/** Acceptances recorded on an expectation's given version. */
export const useAcceptances = (expectationId: string, version: number): Acceptance[] =>
  useList(
    (s) => s.acceptances,
    (a) => a.expectationId === expectationId && a.version === version,
    byTime((a) => a.recordedAt),
    [expectationId, version],
  );

/** Every consensus call, any subject (for status rules and the matrix). */
export const useAllCalls = (): ConsensusCall[] => useConsensusCalls(null);

/** Every acceptance (for the matrix). */
export const useAllAcceptances = (): Acceptance[] =>
  useList(
    (s) => s.acceptances,
    () => true,
    byTime((a) => a.recordedAt),
    [],
  );
