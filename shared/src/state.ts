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

/**
 * Every collection a consultation's state holds, with the schema of its entities.
 * Adding a concept to the live state means adding one line here: the snapshot, the event patch
 * and the reducer all derive from this map.
 */
export const collectionSchemas = {
  delegations: delegationSchema,
  participants: participantSchema,
  items: agendaItemSchema,
  floorRequests: floorRequestSchema,
  positions: positionSchema,
  positionVersions: positionVersionSchema,
  polls: pollSchema,
  /** Keyed by poll id: counts only, so secret ballots leave no trace of who voted what. */
  pollTurnouts: pollTurnoutSchema,
  /** Named polls' ballots, once their results are visible. */
  ballots: ballotSchema,
  consensusCalls: consensusCallSchema,
  objections: objectionSchema,
  expectations: expectationSchema,
  expectationVersions: expectationVersionSchema,
  amendments: amendmentSchema,
  acceptances: acceptanceSchema,
  // Mandate-language drafting, joint statements, and the chair's leave to show lone constituencies.
  drafts: draftSchema,
  paragraphs: paragraphSchema,
  paragraphVersions: paragraphVersionSchema,
  paragraphDeletions: paragraphDeletionSchema,
  draftProposals: draftProposalSchema,
  jointStatements: jointStatementSchema,
  coSignatures: coSignatureSchema,
  /** Keyed by constituency. */
  breakdownDisclosures: breakdownDisclosureSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];
export type Entity<C extends CollectionName> = z.infer<(typeof collectionSchemas)[C]>;

/**
 * Collections added after the first snapshots were written (and hand-built in fixtures): a snapshot
 * may lack them, so readers take them with `?? []`; `stateFromSnapshot` starts them empty.
 */
export const optionalSnapshotCollections = [
  "drafts",
  "paragraphs",
  "paragraphVersions",
  "paragraphDeletions",
  "draftProposals",
  "jointStatements",
  "coSignatures",
  "breakdownDisclosures",
] as const satisfies readonly CollectionName[];
type OptionalCollection = (typeof optionalSnapshotCollections)[number];
const optionalInSnapshot = new Set<CollectionName>(optionalSnapshotCollections);

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
  ...(Object.fromEntries(
    collectionNames.map((name) => {
      const list = z.array(collectionSchemas[name]);
      return [name, optionalInSnapshot.has(name) ? list.optional() : list];
    }),
  ) as {
    [C in Exclude<CollectionName, OptionalCollection>]: z.ZodArray<(typeof collectionSchemas)[C]>;
  } & {
    [C in OptionalCollection]: z.ZodOptional<z.ZodArray<(typeof collectionSchemas)[C]>>;
  }),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** What one event changes: entities to insert or replace, and ids to drop. */
export const patchSchema = z.object({
  consultation: consultationSchema.optional(),
  upsert: z
    .object(
      Object.fromEntries(collectionNames.map((name) => [name, z.array(collectionSchemas[name]).optional()])) as {
        [C in CollectionName]: z.ZodOptional<z.ZodArray<(typeof collectionSchemas)[C]>>;
      },
    )
    .optional(),
  remove: z
    .partialRecord(z.enum(collectionNames as [CollectionName, ...CollectionName[]]), z.array(z.string()))
    .optional(),
});
export type Patch = z.infer<typeof patchSchema>;

/** Normalised state, keyed by id, as the client stores and the reducer folds it. */
export type ConsultationState = {
  seq: number;
  consultation: Snapshot["consultation"];
} & { [C in CollectionName]: Record<string, Entity<C>> };

/** Builds the normalised state from a snapshot. */
export function stateFromSnapshot(snapshot: Snapshot): ConsultationState {
  const state = { seq: snapshot.seq, consultation: snapshot.consultation } as ConsultationState;
  for (const name of collectionNames) {
    const entries: Record<string, { id: string }> = {};
    // A snapshot from a server older than a collection lacks it: start that collection empty.
    const list: readonly { id: string }[] | undefined = snapshot[name];
    for (const entity of list ?? []) entries[entity.id] = entity;
    (state as Record<CollectionName, Record<string, unknown>>)[name] = entries;
  }
  return state;
}

/** The inverse of {@link stateFromSnapshot}, with each collection in a stable order. */
export function snapshotFromState(state: ConsultationState): Snapshot {
  const snapshot = { seq: state.seq, consultation: state.consultation } as Snapshot;
  for (const name of collectionNames) {
    const values = Object.values(state[name]) as { id: string }[];
    values.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    (snapshot as Record<CollectionName, unknown[]>)[name] = values;
  }
  return snapshot;
}

/** Applies one patch; pure: returns a new state and shares untouched collections. */
export function applyPatch(state: ConsultationState, patch: Patch, seq: number): ConsultationState {
  const next = { ...state, seq } as ConsultationState;
  if (patch.consultation) next.consultation = patch.consultation;
  const writable = next as unknown as Record<CollectionName, Record<string, { id: string }>>;
  for (const name of collectionNames) {
    const upserts = patch.upsert?.[name] as { id: string }[] | undefined;
    const removals = patch.remove?.[name];
    if (!upserts?.length && !removals?.length) continue;
    const copy = { ...writable[name] };
    for (const entity of upserts ?? []) copy[entity.id] = entity;
    for (const id of removals ?? []) delete copy[id];
    writable[name] = copy;
  }
  return next;
}

/**
 * One patch doing what `patches` do applied in order, when they only upsert: the server sends the
 * ballots of one group commit as one event instead of one each (a vote storm's 500 ballots to 500
 * delegates would otherwise be 250,000 events). Returns null when a patch also removes or changes
 * the consultation, whose order against the upserts would matter.
 */
export function mergeUpserts(patches: readonly Patch[]): Patch | null {
  if (patches.some((patch) => patch.remove || patch.consultation)) return null;
  const upsert: Record<string, unknown[]> = {};
  for (const patch of patches) {
    for (const [name, entities] of Object.entries(patch.upsert ?? {})) {
      if (!entities?.length) continue;
      const list = upsert[name];
      if (list) list.push(...entities);
      else upsert[name] = [...entities];
    }
  }
  return { upsert: upsert as Patch["upsert"] };
}
