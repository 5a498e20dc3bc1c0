import type { Ack } from "./ack.js";
import type { SyncAnswer, SyncResult } from "./socket-events.js";
import type { Snapshot } from "./state.js";

/**
 * One catch-up, whole: asks (`sync`) and, when the answer says a snapshot was sent, pairs it with
 * the `snapshot` event that came just before it on the same socket. `listen` subscribes to that
 * event and returns the unsubscribe; `ask` emits `sync` with its acknowledgement.
 */
export async function requestSync(
  ask: () => Promise<Ack<SyncAnswer>>,
  listen: (keep: (snapshot: Snapshot) => void) => () => void,
): Promise<Ack<SyncResult>> {
  let received: Snapshot | undefined;
  const stop = listen((snapshot) => {
    received = snapshot;
  });
  try {
    const answer = await ask();
    if (!answer.ok || answer.data.kind === "events") return answer as Ack<SyncResult>;
    if (received?.seq !== answer.data.seq) {
      return { ok: false, error: { code: "UNAVAILABLE", message: "The catch-up was interrupted; trying again." } };
    }
    return { ok: true, data: { kind: "snapshot", snapshot: received } };
  } finally {
    stop();
  }
}
