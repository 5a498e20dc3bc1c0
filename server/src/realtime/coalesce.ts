import { type EventType, mergeUpserts } from "@trilogue/shared";
import type { PendingEvent } from "../events/event-log.repository.js";

/**
 * The most commands one logged event carries: a storm's 500 ballots become five events, which the
 * broadcaster writes on five turns of the event loop rather than 60 MB in one.
 */
export const maxMergedCommands = 100;

/** One command's share of a group commit: who sent it and the events it would log alone. */
export type Contribution = { actorId: string; events: readonly PendingEvent[] };

/**
 * The events a group commit logs: one per event type for the batch (per `maxMergedCommands`), its patch the
 * commands' patches merged, its actor the sender when one sent them all and none otherwise (each
 * ballot in the patch still names who cast it). `of[i]` lists the logged events that carry
 * command i's changes, for its result. When patches cannot be merged, each command keeps its own
 * events, as if it had run alone.
 */
export function coalesce(contributions: readonly Contribution[]): { events: PendingEvent[]; of: number[][] } {
  type Group = { type: EventType; index: number; patches: PendingEvent["patch"][]; actors: Set<string> };
  const open = new Map<EventType, Group>();
  const groups: Group[] = [];
  const of = contributions.map((contribution) =>
    contribution.events.map((event) => {
      let group = open.get(event.type);
      if (!group || group.patches.length >= maxMergedCommands) {
        group = { type: event.type, index: groups.length, patches: [], actors: new Set() };
        groups.push(group);
        open.set(event.type, group);
      }
      group.patches.push(event.patch);
      group.actors.add(contribution.actorId);
      return group.index;
    }),
  );
  const events: PendingEvent[] = [];
  for (const group of groups) {
    const patch = mergeUpserts(group.patches);
    if (!patch) return separately(contributions);
    const [only] = group.actors;
    events.push({ type: group.type, patch, actorId: group.actors.size === 1 && only ? only : null });
  }
  return { events, of: of.map((indexes) => [...new Set(indexes)]) };
}

function separately(contributions: readonly Contribution[]) {
  const events: PendingEvent[] = [];
  const of = contributions.map((contribution) =>
    contribution.events.map((event) => events.push({ ...event, actorId: contribution.actorId }) - 1),
  );
  return { events, of };
}
