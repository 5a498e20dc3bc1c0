import {
  type ClientToServerEvents,
  encodeSnapshot,
  type InterServerEvents,
  type ServerToClientEvents,
  type Snapshot,
  type SocketData,
} from "@trilogue/shared";
import type { Server } from "socket.io";

export type Io = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** The least time between two broadcasts of the same snapshot (its first goes out at once). */
export const snapshotResendGapMs = 50;

/**
 * Sends snapshots to sockets catching up. Those that want the same snapshot in the same turn of
 * the loop (a room joining or reconnecting at once) get it as one broadcast, written to each socket
 * as the same buffer; as acknowledgements it would be serialised and copied per socket (500 × 150
 * KB at once). Each snapshot is encoded once, to bytes, however many broadcasts it takes (in the
 * join storm of 2,000, re-serialising 600 KB per broadcast was a tenth of the server's time). The
 * broadcast stays on this node: a snapshot must not travel through the Redis adapter. Resolves
 * once it is written, so that the acknowledgement follows it on the socket. A snapshot reused for
 * many requests (see snapshot-loader.ts) goes out at most once per `minGapMs`, to all who asked
 * meanwhile.
 */
export function createSnapshotSender(io: Io, minGapMs = snapshotResendGapMs) {
  const pending = new Map<Snapshot, { socketIds: string[]; written: (() => void)[] }>();
  const lastSent = new WeakMap<Snapshot, number>();
  const encoded = new WeakMap<Snapshot, Uint8Array>();

  function flush(snapshot: Snapshot) {
    const batch = pending.get(snapshot);
    pending.delete(snapshot);
    if (!batch) return;
    lastSent.set(snapshot, performance.now());
    let bytes = encoded.get(snapshot);
    if (!bytes) {
      bytes = encodeSnapshot(snapshot);
      encoded.set(snapshot, bytes);
    }
    io.local.to(batch.socketIds).emit("snapshot", bytes);
    for (const resolve of batch.written) resolve();
  }

  return function sendSnapshot(socketId: string, snapshot: Snapshot): Promise<void> {
    return new Promise((resolve) => {
      let batch = pending.get(snapshot);
      if (!batch) {
        batch = { socketIds: [], written: [] };
        pending.set(snapshot, batch);
        // Each broadcast is written to every socket it names: one snapshot reused for a whole join
        // storm is sent at most once per gap, to everyone who asked meanwhile.
        const since = performance.now() - (lastSent.get(snapshot) ?? Number.NEGATIVE_INFINITY);
        if (since >= minGapMs) setImmediate(() => flush(snapshot));
        else setTimeout(() => flush(snapshot), minGapMs - since);
      }
      batch.socketIds.push(socketId);
      batch.written.push(resolve);
    });
  };
}
