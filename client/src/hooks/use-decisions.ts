import {
  type Acceptance,
  type Amendment,
  type Ballot,
  type ConsensusCall,
  type Delegation,
  type Expectation,
  type Instant,
  type Objection,
  type Poll,
  type PollTurnout,
  type Position,
  sortedByTime,
} from "@trilogue/shared";
import { useConsultationStore } from "../stores/consultation-store";

const none: Record<string, never> = {};

type LiveState = NonNullable<ReturnType<typeof useConsultationStore.getState>["state"]>;

/** Lists already built, by the collection they came from and what they keep (see {@link useList}). */
type ListCache<T> = WeakMap<Record<string, T>, Map<string, T[]>>;

/**
 * One collection of the live state as a list, filtered and ordered by time. Built once per
 * version of the collection and `key` (which names what `keep` keeps), and shared by every
 * component that asks: during a storm of 500 ballots each arrival sorts a poll's ballots once,
 * not once per component showing them, and components whose collection did not change keep
 * their list and do not re-render.
 */
function useList<T extends { id: string }>(
  cache: ListCache<T>,
  pick: (state: LiveState) => Record<string, T>,
  key: string,
  keep: (entity: T) => boolean,
  time: (entity: T) => Instant,
): T[] {
  return useConsultationStore((s) => {
    const record: Record<string, T> = (s.state ? pick(s.state) : none) ?? none;
    let byKey = cache.get(record);
    if (!byKey) {
      byKey = new Map();
      cache.set(record, byKey);
    }
    let list = byKey.get(key);
    if (!list) {
      list = sortedByTime(Object.values(record).filter(keep), time);
      byKey.set(key, list);
    }
    return list;
  });
}

const positionLists: ListCache<Position> = new WeakMap();
const pollLists: ListCache<Poll> = new WeakMap();
const ballotLists: ListCache<Ballot> = new WeakMap();
const callLists: ListCache<ConsensusCall> = new WeakMap();
const objectionLists: ListCache<Objection> = new WeakMap();
const expectationLists: ListCache<Expectation> = new WeakMap();
const amendmentLists: ListCache<Amendment> = new WeakMap();
const acceptanceLists: ListCache<Acceptance> = new WeakMap();

/** Published positions on an item, by delegation name order of publication. */
export const usePositions = (itemId: string): Position[] =>
  useList(
    positionLists,
    (s) => s.positions,
    itemId,
    (p) => p.itemId === itemId,
    (p) => p.publishedAt,
  );

/** Polls on an item, oldest first. */
export const usePolls = (itemId: string): Poll[] =>
  useList(
    pollLists,
    (s) => s.polls,
    itemId,
    (p) => p.itemId === itemId,
    (p) => p.createdAt,
  );

/** A poll's visible ballots (named polls, once results are visible). */
export const useBallots = (pollId: string): Ballot[] =>
  useList(
    ballotLists,
    (s) => s.ballots,
    pollId,
    (b) => b.pollId === pollId,
    (b) => b.castAt,
  );

/** How many delegations have voted in a poll. */
export const useTurnout = (pollId: string): PollTurnout | null =>
  useConsultationStore((s) => s.state?.pollTurnouts?.[pollId] ?? null);

/** Consensus calls on an item (conclusions and expectations), oldest first. */
export const useConsensusCalls = (itemId: string | null): ConsensusCall[] =>
  useList(
    callLists,
    (s) => s.consensusCalls,
    itemId ?? "*",
    (c) => itemId === null || c.itemId === itemId,
    (c) => c.calledAt,
  );

/** Every objection to one call. */
export const useObjections = (callId: string): Objection[] =>
  useList(
    objectionLists,
    (s) => s.objections,
    callId,
    (o) => o.callId === callId,
    (o) => o.raisedAt,
  );

/** Every expectation on the use of force, in drafting order. */
export const useExpectations = (): Expectation[] =>
  useList(
    expectationLists,
    (s) => s.expectations,
    "",
    () => true,
    (e) => e.createdAt,
  );

/** Amendments to one expectation, oldest first. */
export const useAmendments = (expectationId: string): Amendment[] =>
  useList(
    amendmentLists,
    (s) => s.amendments,
    expectationId,
    (a) => a.expectationId === expectationId,
    (a) => a.proposedAt,
  );

/** Names in the order `localeCompare` gives, without building a collator per comparison. */
export const byName = new Intl.Collator().compare;

const noDelegations: Record<string, Delegation> = {};
/** Each delegations record's sorted list, built once and shared by every component that reads it. */
const delegationLists = new WeakMap<Record<string, Delegation>, Delegation[]>();

/**
 * The delegations as a list, alphabetically (for breakdowns). The same array for as long as the
 * delegations do not change: a ballot arriving (500 in a storm) neither re-sorts the room's
 * delegations in each component that reads them nor re-renders those components for their sake.
 */
export function useDelegationList(): Delegation[] {
  return useConsultationStore((s) => {
    const record = s.state?.delegations ?? noDelegations;
    let list = delegationLists.get(record);
    if (!list) {
      list = Object.values(record).sort((a, b) => byName(a.name, b.name));
      delegationLists.set(record, list);
    }
    return list;
  });
}

/** Acceptances recorded on an expectation's given version. */
export const useAcceptances = (expectationId: string, version: number): Acceptance[] =>
  useList(
    acceptanceLists,
    (s) => s.acceptances,
    `${expectationId}@${version}`,
    (a) => a.expectationId === expectationId && a.version === version,
    (a) => a.recordedAt,
  );

/** Every consensus call, any subject (for status rules and the matrix). */
export const useAllCalls = (): ConsensusCall[] => useConsensusCalls(null);

/** Every acceptance (for the matrix). */
export const useAllAcceptances = (): Acceptance[] =>
  useList(
    acceptanceLists,
    (s) => s.acceptances,
    "*",
    () => true,
    (a) => a.recordedAt,
  );
