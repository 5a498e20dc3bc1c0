import type { ConsultationEvent, Snapshot } from "@trilogue/shared";
import { type BenchClient, catchUp, joinAndConnect, must } from "../lib/bench-client.js";

/**
 * The chair makes the consultation live, opens its first item and opens a named poll, then
 * leaves: the chair's own socket is not part of what is measured. With live results (the default)
 * every ballot reaches the room as an event; with results on close, the room sees turnout only.
 */
export async function openNamedPoll(
  url: string,
  chairLink: string,
  question: string,
  resultsVisibility: "live" | "on_close" = "live",
): Promise<string> {
  const chair = await joinAndConnect(url, chairLink, "Chair");
  try {
    await chair.send("consultation:set-status", { status: "live" });
    const items = await firstItem(chair);
    await chair.send("agenda:open", { itemId: items });
    const created = await must(chair, "poll:create", {
      itemId: items,
      question,
      kind: "yes_no_abstain",
      secret: false,
      resultsVisibility,
    });
    const pollId = created.id ?? "";
    await must(chair, "poll:open", { pollId });
    return pollId;
  } finally {
    chair.close();
  }
}

/** The id of the consultation's first agenda item, from a fresh catch-up. */
async function firstItem(client: BenchClient): Promise<string> {
  const ack = await catchUp(client.socket, null);
  if (!ack.ok || ack.data.kind !== "snapshot") throw new Error("expected a snapshot");
  const items = [...ack.data.snapshot.items].sort((a, b) => a.position - b.position);
  const first = items[0];
  if (!first) throw new Error("the consultation has no agenda");
  return first.id;
}

/** True for the events that carry a named ballot (the tally is computed from them). */
export const isBallotEvent = (event: ConsultationEvent, pollId: string) => ballotsIn(event, pollId) > 0;

/** How many of a poll's named ballots an event carries (a group commit logs a batch's ballots as one event). */
export const ballotsIn = (event: ConsultationEvent, pollId: string) =>
  event.type === "ballot:counted" || event.type === "ballot:changed"
    ? (event.patch.upsert?.ballots ?? []).filter((ballot) => ballot.pollId === pollId).length
    : 0;

/** The consultation's state as a client catching up receives it now (the chair joins to read it). */
export async function currentSnapshot(url: string, chairLink: string): Promise<Snapshot> {
  const chair = await joinAndConnect(url, chairLink, "Chair (reading the snapshot)");
  try {
    const ack = await catchUp(chair.socket, null);
    if (!ack.ok || ack.data.kind !== "snapshot") throw new Error("expected a snapshot");
    return ack.data.snapshot;
  } finally {
    chair.close();
  }
}
