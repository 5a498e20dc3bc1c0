import type { Ack } from "./ack.js";
import { decodeSnapshot, type SnapshotBytes } from "./snapshot-bytes.js";
import type { SyncAnswer, SyncRequest, SyncResult } from "./socket-events.js";
import type { Snapshot } from "./state.js";

/**
 * One catch-up, whole: asks (`sync`) and, when the answer says a snapshot was sent, pairs it with
 * the `snapshot` event that came just before it on the same socket, decoded. `listen` subscribes
 * to that event and returns the unsubscribe; `ask` emits `sync` with its acknowledgement.
 */
export async function requestSync(
  ask: () => Promise<Ack<SyncAnswer>>,
  listen: (keep: (bytes: SnapshotBytes) => void) => () => void,
): Promise<Ack<SyncResult>> {
  // Kept as bytes: only the last one before the answer is read, and only when the answer names one.
  let bytes: SnapshotBytes | undefined;
  const stop = listen((sent) => {
    bytes = sent;
  });
  try {
    const answer = await ask();
    if (!answer.ok) return answer;
    if (answer.data.kind === "events") return { ok: true, data: answer.data };
    const received: Snapshot | undefined = bytes && decodeSnapshot(bytes);
    if (received?.seq !== answer.data.seq) {
      return { ok: false, error: { code: "UNAVAILABLE", message: "The catch-up was interrupted; trying again." } };
    }
    return { ok: true, data: { kind: "snapshot", snapshot: received } };
  } finally {
    stop();
  }
}

/** The part of a Socket.IO client socket a catch-up uses (structural: shared needs no socket.io-client). */
export type SyncSocket = {
  on(event: "snapshot", listener: (bytes: SnapshotBytes) => void): unknown;
  off(event: "snapshot", listener: (bytes: SnapshotBytes) => void): unknown;
  timeout(ms: number): { emitWithAck(event: "sync", request: SyncRequest): Promise<Ack<SyncAnswer>> };
};

/** `requestSync` over a client socket: one catch-up from `lastSeq`, whole, not applied. */
export function syncOver(socket: SyncSocket, lastSeq: number | null, timeoutMs: number): Promise<Ack<SyncResult>> {
  return requestSync(
    () => socket.timeout(timeoutMs).emitWithAck("sync", { lastSeq }),
    (keep) => {
      socket.on("snapshot", keep);
      return () => socket.off("snapshot", keep);
    },
  );
}
