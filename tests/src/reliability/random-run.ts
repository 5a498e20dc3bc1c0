import {
  applyPatch,
  type Constituency,
  type ConsultationEvent,
  type ConsultationState,
  collectionNames,
  isMemberStateDelegation,
  type Snapshot,
  snapshotFromState,
  stateFromSnapshot,
} from "@trilogue/shared";
import { join, TestClient } from "../support/clients.js";
import { expectedRefusals, type Memory, newMemory, nextAction, type Persona, type Rand } from "./random-actions.js";

/** The demo's links, as `DATA_DIR/demo-links.json` holds them. */
export type Links = {
  consultationId: string;
  chair: string;
  delegations: { name: string; url: string; constituencies: string[] }[];
};

/** One person in the room, with the client that holds their state. */
export type Participant = { name: string; persona: Persona; client: TestClient; memory: Memory; cookie: string };

/** What a run did: every ack, classified, and how long each took. */
export type RunStats = {
  sent: number;
  ok: number;
  /** Refusals a valid action may meet when the room moved on first, by code and command. */
  expected: Record<string, number>;
  /** Anything else: a fault. */
  unexpected: { command: string; code: string; message: string }[];
  byCommand: Record<string, number>;
  /** Milliseconds from send to ack. */
  latencies: number[];
};

/** Joins the chair and `delegates` delegates spread over the demo delegations, and connects them. */
export async function joinParticipants(baseUrl: string, links: Links, delegates: number): Promise<Participant[]> {
  const { cookie: chairCookie } = await join(baseUrl, links.chair, "Chair");
  const chair = await TestClient.connect(baseUrl, chairCookie);
  const people: Participant[] = [
    { name: "Chair", persona: { kind: "chair" }, client: chair, memory: newMemory(), cookie: chairCookie },
  ];
  const ids = new Map(Object.values(chair.replica.state?.delegations ?? {}).map((d) => [d.name, d.id]));
  for (let index = 0; index < delegates; index += 1) {
    const delegation = links.delegations[index % links.delegations.length];
    if (!delegation) throw new Error("the demo has no delegations");
    const name = `${delegation.name} ${Math.floor(index / links.delegations.length) + 1}`;
    const { cookie } = await join(baseUrl, delegation.url, name);
    const persona: Persona = {
      kind: "delegate",
      delegationId: ids.get(delegation.name) ?? "",
      // Polls are open to Member State delegations: neither the Secretariat nor observers vote.
      votes: isMemberStateDelegation({ constituencies: delegation.constituencies as Constituency[] }),
      tpcc: delegation.constituencies.includes("tpcc"),
    };
    people.push({ name, persona, client: await TestClient.connect(baseUrl, cookie), memory: newMemory(), cookie });
  }
  return people;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every participant acts at random intervals (mean `pauseMs`; the chair's `chairPauseMs`) until
 * `stop()` says so, each choosing a valid action from its own replica.
 */
export async function runRandomActions(
  people: Participant[],
  options: { rand: Rand; stop: (stats: RunStats) => boolean; pauseMs: number; chairPauseMs: number },
): Promise<RunStats> {
  const stats: RunStats = { sent: 0, ok: 0, expected: {}, unexpected: [], byCommand: {}, latencies: [] };
  const act = async (person: Participant) => {
    const mean = person.persona.kind === "chair" ? options.chairPauseMs : options.pauseMs;
    while (!options.stop(stats)) {
      // Paused in short steps, so that the run ends on time.
      for (let left = options.rand() * 2 * mean; left > 0 && !options.stop(stats); left -= 200) {
        await sleep(Math.min(left, 200));
      }
      const state = person.client.replica.state;
      const action =
        state && !options.stop(stats) ? nextAction(person.persona, state, options.rand, person.memory) : null;
      if (!action) continue;
      stats.sent += 1;
      stats.byCommand[action.name] = (stats.byCommand[action.name] ?? 0) + 1;
      const started = performance.now();
      const ack = await person.client.send(action.name, action.payload as never).catch((error: unknown) => ({
        ok: false as const,
        error: { code: "NO_ACK", message: error instanceof Error ? error.message : String(error) },
      }));
      stats.latencies.push(performance.now() - started);
      if (ack.ok) {
        stats.ok += 1;
        action.onAccepted?.();
      } else if (expectedRefusals.has(ack.error.code as never)) {
        const key = `${ack.error.code} ${action.name}`;
        stats.expected[key] = (stats.expected[key] ?? 0) + 1;
      } else {
        stats.unexpected.push({ command: action.name, code: ack.error.code, message: ack.error.message });
      }
    }
  };
  await Promise.all(people.map(act));
  return stats;
}

/**
 * Brings the room to rest after a run: the chair closes the consensus calls still open, then the
 * log must stay still for a while (the scheduler has announced every turnout).
 */
export async function settle(chair: TestClient, quietMs = 1500): Promise<void> {
  for (const call of Object.values(chair.replica.state?.consensusCalls ?? {}).filter((c) => c.status === "open")) {
    await chair.send("consensus:close", { callId: call.id });
  }
  let seq = -1;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    await sleep(100);
    await chair.sync();
    if (chair.replica.seq !== seq) {
      seq = chair.replica.seq ?? -1;
      since = Date.now();
    }
  }
}

/** The log's sequence numbers that are missing or out of place (empty when gap-free from 1). */
export function gapsIn(events: readonly { seq: number }[]): number[] {
  const gaps: number[] = [];
  events.forEach((event, index) => {
    if (event.seq !== index + 1) gaps.push(index + 1);
  });
  return gaps;
}

/**
 * The state rebuilt from the log alone: an empty state with the consultation of the first event,
 * then every event's patch in order, through the same reducer the clients use.
 */
export function replay(events: readonly ConsultationEvent[]): ConsultationState {
  const first = events[0]?.patch.consultation;
  if (!first) throw new Error("the log does not start with the consultation");
  const empty = { seq: 0, consultation: first, ...Object.fromEntries(collectionNames.map((name) => [name, []])) };
  let state = stateFromSnapshot(empty as Snapshot);
  for (const event of events) state = applyPatch(state, event.patch, event.seq);
  return state;
}

/** Both states as snapshots (stable order), for a deep comparison. */
export const comparable = (state: ConsultationState): Snapshot => snapshotFromState(state);

/** The q-quantile (0..1) of a list of numbers. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
