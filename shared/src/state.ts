import { z } from "zod";
import { consensusCallSchema, objectionSchema } from "./decisions/consensus.js";
import {
  acceptanceSchema,
  amendmentSchema,
  expectationSchema,
  expectationVersionSchema,
} from "./decisions/expectations.js";
import { ballotSchema, pollSchema, pollTurnoutSchema } from "./decisions/polls.js";
import { positionSchema, positionVersionSchema } from "./decisions/positions.js";
import {
  agendaItemSchema,
  consultationSchema,
  delegationSchema,
  floorRequestSchema,
  participantSchema,
} from "./domain/entities.js";
import {
  breakdownDisclosureSchema,
  coSignatureSchema,
  draftProposalSchema,
  draftSchema,
  jointStatementSchema,
  paragraphDeletionSchema,
  paragraphSchema,
  paragraphVersionSchema,
} from "./drafting/entities.js";
import { keysOf } from "./narrow.js";

/**
 * Every collection a consultation's state holds, as the list schema of its entities.
 * Adding a concept to the live state means adding one line here: the snapshot, the event patch
 * and the reducer all derive from this map.
 */
export const collectionSchemas = {
  delegations: z.array(delegationSchema),
  participants: z.array(participantSchema),
  items: z.array(agendaItemSchema),
  floorRequests: z.array(floorRequestSchema),
  positions: z.array(positionSchema),
  positionVersions: z.array(positionVersionSchema),
  polls: z.array(pollSchema),
  /** Keyed by poll id: counts only, so secret ballots leave no trace of who voted what. */
  pollTurnouts: z.array(pollTurnoutSchema),
  /** Named polls' ballots, once their results are visible. */
  ballots: z.array(ballotSchema),
  consensusCalls: z.array(consensusCallSchema),
  objections: z.array(objectionSchema),
  expectations: z.array(expectationSchema),
  expectationVersions: z.array(expectationVersionSchema),
  amendments: z.array(amendmentSchema),
  acceptances: z.array(acceptanceSchema),
  // Mandate-language drafting, joint statements, and the chair's leave to show lone constituencies.
  drafts: z.array(draftSchema),
  paragraphs: z.array(paragraphSchema),
  paragraphVersions: z.array(paragraphVersionSchema),
  paragraphDeletions: z.array(paragraphDeletionSchema),
  draftProposals: z.array(draftProposalSchema),
  jointStatements: z.array(jointStatementSchema),
  coSignatures: z.array(coSignatureSchema),
  /** Keyed by constituency. */
  breakdownDisclosures: z.array(breakdownDisclosureSchema),
};
const collectionsSchema = z.object(collectionSchemas);
export const collectionNameSchema = collectionsSchema.keyof();

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = keysOf(collectionSchemas);
type Entities = { [C in CollectionName]: z.infer<(typeof collectionSchemas)[C]>[number] };
export type Entity<C extends CollectionName> = Entities[C];

/**
 * Collections added after the first snapshots were written (and hand-built in fixtures): a snapshot
 * may lack them, so readers take them with `?? []`; `stateFromSnapshot` starts them empty.
 */
const optionalInSnapshot = {
  drafts: true,
  paragraphs: true,
  paragraphVersions: true,
  paragraphDeletions: true,
  draftProposals: true,
  jointStatements: true,
  coSignatures: true,
  breakdownDisclosures: true,
} as const satisfies Partial<Record<CollectionName, true>>;
export const optionalSnapshotCollections = keysOf(optionalInSnapshot);

/** The full state of one consultation as the server sends it on (re)connect. */
export const snapshotSchema = z.object({
  seq: z.number().int().min(0),
  /** The chain hash of event `seq` (absent for an empty log or one from before the chain). */
  headHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional(),
  consultation: consultationSchema,
  ...collectionsSchema.partial(optionalInSnapshot).shape,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** What one event changes: entities to insert or replace, and ids to drop. */
export const patchSchema = z.object({
  consultation: consultationSchema.optional(),
  upsert: collectionsSchema.partial().optional(),
  remove: z.partialRecord(collectionNameSchema, z.array(z.string())).optional(),
});
export type Patch = z.infer<typeof patchSchema>;

/** Every collection of the normalised state, keyed by id. */
export type Collections = { [C in CollectionName]: Record<string, Entities[C]> };

/** Normalised state, keyed by id, as the client stores and the reducer folds it. */
export type ConsultationState = {
  seq: number;
  consultation: Snapshot["consultation"];
} & Collections;

type Lists = { [C in CollectionName]: Entities[C][] };

/*
 * The two builders below name every collection once: the compiler checks each value against its
 * own collection's type (a loop over `collectionNames` could only be typed by a cast), and fails
 * here when a collection is added to `collectionSchemas` but not to them.
 */

/** Every collection keyed by id, each built by `build`. */
function everyCollection(build: <C extends CollectionName>(name: C) => Record<string, Entities[C]>): Collections {
  return {
    delegations: build("delegations"),
    participants: build("participants"),
    items: build("items"),
    floorRequests: build("floorRequests"),
    positions: build("positions"),
    positionVersions: build("positionVersions"),
    polls: build("polls"),
    pollTurnouts: build("pollTurnouts"),
    ballots: build("ballots"),
    consensusCalls: build("consensusCalls"),
    objections: build("objections"),
    expectations: build("expectations"),
    expectationVersions: build("expectationVersions"),
    amendments: build("amendments"),
    acceptances: build("acceptances"),
    drafts: build("drafts"),
    paragraphs: build("paragraphs"),
    paragraphVersions: build("paragraphVersions"),
    paragraphDeletions: build("paragraphDeletions"),
    draftProposals: build("draftProposals"),
    jointStatements: build("jointStatements"),
    coSignatures: build("coSignatures"),
    breakdownDisclosures: build("breakdownDisclosures"),
  };
}

/** Every collection as a list (or none), each built by `build`. */
function everyList<L extends Entities[CollectionName][] | undefined>(
  build: <C extends CollectionName>(name: C) => Entities[C][] | Extract<L, undefined>,
): { [C in CollectionName]: Entities[C][] | Extract<L, undefined> } {
  return {
    delegations: build("delegations"),
    participants: build("participants"),
    items: build("items"),
    floorRequests: build("floorRequests"),
    positions: build("positions"),
    positionVersions: build("positionVersions"),
    polls: build("polls"),
    pollTurnouts: build("pollTurnouts"),
    ballots: build("ballots"),
    consensusCalls: build("consensusCalls"),
    objections: build("objections"),
    expectations: build("expectations"),
    expectationVersions: build("expectationVersions"),
    amendments: build("amendments"),
    acceptances: build("acceptances"),
    drafts: build("drafts"),
    paragraphs: build("paragraphs"),
    paragraphVersions: build("paragraphVersions"),
    paragraphDeletions: build("paragraphDeletions"),
    draftProposals: build("draftProposals"),
    jointStatements: build("jointStatements"),
    coSignatures: build("coSignatures"),
    breakdownDisclosures: build("breakdownDisclosures"),
  };
}

/** The state's collections, typed so that one read by a generic name is that collection. */
export function collectionsOf(state: ConsultationState): Collections {
  return state;
}

function byId<T extends { id: string }>(list: readonly T[]): Record<string, T> {
  const entries: Record<string, T> = {};
  for (const entity of list) entries[entity.id] = entity;
  return entries;
}

function listOf<C extends CollectionName>(snapshot: Snapshot, name: C): readonly Entity<C>[] {
  // A snapshot from a server older than a collection lacks it: start that collection empty.
  const lists: Partial<Lists> = snapshot;
  return lists[name] ?? [];
}

/** The state of a consultation before its first event. */
export function emptyState(consultation: Snapshot["consultation"]): ConsultationState {
  return { seq: 0, consultation, ...everyCollection(() => ({})) };
}

/**
 * Fills collections a server did not send (one a release behind the shared contract, during an
 * upgrade) with empty lists, so the reducer never meets a missing collection.
 */
export function withEveryCollection(snapshot: Snapshot): Snapshot {
  const lists: Partial<Lists> = snapshot;
  return { ...snapshot, ...everyList((name) => lists[name] ?? []) };
}

/** Builds the normalised state from a snapshot. */
export function stateFromSnapshot(snapshot: Snapshot): ConsultationState {
  return {
    seq: snapshot.seq,
    consultation: snapshot.consultation,
    ...everyCollection((name) => byId(listOf(snapshot, name))),
  };
}

function sortedById<T extends { id: string }>(entities: Record<string, T>): T[] {
  return Object.values(entities).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The inverse of {@link stateFromSnapshot}, with each collection in a stable order. */
export function snapshotFromState(state: ConsultationState): Snapshot {
  const snapshot: Snapshot = {
    seq: state.seq,
    consultation: state.consultation,
    ...everyList((name) => sortedById(collectionsOf(state)[name])),
  };
  return snapshot;
}

/** Applies one patch; pure: returns a new state and shares untouched collections. */
export function applyPatch(state: ConsultationState, patch: Patch, seq: number): ConsultationState {
  const collections = collectionsOf(state);
  const upserts: Partial<Lists> = patch.upsert ?? {};
  return {
    ...state,
    seq,
    consultation: patch.consultation ?? state.consultation,
    ...everyCollection((name) => patched(collections[name], upserts[name], patch.remove?.[name])),
  };
}

function patched<T extends { id: string }>(
  current: Record<string, T>,
  upserts: readonly T[] | undefined,
  removals: readonly string[] | undefined,
): Record<string, T> {
  if (!upserts?.length && !removals?.length) return current;
  const copy = { ...current };
  for (const entity of upserts ?? []) copy[entity.id] = entity;
  for (const id of removals ?? []) delete copy[id];
  return copy;
}

/**
 * One patch doing what `patches` do applied in order, when they only upsert: the server sends the
 * ballots of one group commit as one event instead of one each (a vote storm's 500 ballots to 500
 * delegates would otherwise be 250,000 events). Returns null when a patch also removes or changes
 * the consultation, whose order against the upserts would matter.
 */
export function mergeUpserts(patches: readonly Patch[]): Patch | null {
  if (patches.some((patch) => patch.remove || patch.consultation)) return null;
  const upserts = patches.map((patch): Partial<Lists> => patch.upsert ?? {});
  const upsert: Partial<Lists> = everyList((name) => {
    const merged = upserts.flatMap((lists) => lists[name] ?? []);
    return merged.length ? merged : undefined;
  });
  for (const name of collectionNames) if (upsert[name] === undefined) delete upsert[name];
  return { upsert };
}
