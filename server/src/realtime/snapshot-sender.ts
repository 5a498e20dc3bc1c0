import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  Snapshot,
  SocketData,
} from "@trilogue/shared";
import type { Server } from "socket.io";

type Io = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/**
 * Sends snapshots to sockets catching up. Those that want the same snapshot in the same turn of
 * the loop (a room joining or reconnecting at once) get it as one broadcast, which Socket.IO
 * encodes and frames once and writes to each socket as the same buffer; as acknowledgements it
 * would be serialised and copied per socket (500 × 150 KB at once). The broadcast stays on this
 * node: a snapshot must not travel through the Redis adapter. Resolves once it is written, so
 * that the acknowledgement follows it on the socket.
 */
export function createSnapshotSender(io: Io) {
  const pending = new Map<Snapshot, { socketIds: string[]; written: (() => void)[] }>();
  let scheduled = false;

  function flush() {
    scheduled = false;
    const batches = [...pending.entries()];
    pending.clear();
    for (const [snapshot, { socketIds, written }] of batches) {
      io.local.to(socketIds).emit("snapshot", snapshot);
      for (const resolve of written) resolve();
    }
  }

  return function sendSnapshot(socketId: string, snapshot: Snapshot): Promise<void> {
    return new Promise((resolve) => {
      let batch = pending.get(snapshot);
      if (!batch) {
        batch = { socketIds: [], written: [] };
        pending.set(snapshot, batch);
      }
      batch.socketIds.push(socketId);
      batch.written.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
}
