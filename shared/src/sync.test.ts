import { describe, expect, it } from "vitest";
import type { Ack } from "./ack.js";
import { encodeSnapshot, type SnapshotBytes } from "./snapshot-bytes.js";
import type { SyncAnswer } from "./socket-events.js";
import type { Snapshot } from "./state.js";
import { requestSync } from "./sync.js";

const snapshotAt = (seq: number) => ({ seq }) as Snapshot;

/** A socket whose server sends `sent` as `snapshot` events, then answers `answer`. */
function server(sent: Snapshot[], answer: Ack<SyncAnswer>) {
  let listener: ((bytes: SnapshotBytes) => void) | undefined;
  let listening = false;
  return {
    ask: async () => {
      for (const snapshot of sent) listener?.(encodeSnapshot(snapshot));
      return answer;
    },
    listen: (keep: (bytes: SnapshotBytes) => void) => {
      listener = keep;
      listening = true;
      return () => {
        listening = false;
      };
    },
    listening: () => listening,
  };
}

describe("a catch-up request", () => {
  it("pairs the answer with the snapshot sent just before it, and stops listening", async () => {
    const fake = server([snapshotAt(6), snapshotAt(7)], { ok: true, data: { kind: "snapshot-sent", seq: 7 } });
    expect(await requestSync(fake.ask, fake.listen)).toEqual({
      ok: true,
      data: { kind: "snapshot", snapshot: snapshotAt(7) },
    });
    expect(fake.listening()).toBe(false);
  });

  it("reads a snapshot received as a browser's ArrayBuffer as well as Node's Uint8Array", async () => {
    const snapshot = { seq: 3, consultation: { title: "Débat — 辩论" } } as unknown as Snapshot;
    const bytes = encodeSnapshot(snapshot);
    const buffer = new Uint8Array(bytes).buffer; // a copy of its own, as a browser receives it
    for (const received of [bytes, buffer]) {
      const ack = await requestSync(
        async () => ({ ok: true, data: { kind: "snapshot-sent", seq: 3 } }),
        (keep) => {
          keep(received);
          return () => undefined;
        },
      );
      expect(ack).toEqual({ ok: true, data: { kind: "snapshot", snapshot } });
    }
  });

  it("passes events and refusals through", async () => {
    const events = server([], { ok: true, data: { kind: "events", events: [] } });
    expect(await requestSync(events.ask, events.listen)).toEqual({ ok: true, data: { kind: "events", events: [] } });
    const refused = server([], { ok: false, error: { code: "UNAUTHENTICATED", message: "no" } });
    expect((await requestSync(refused.ask, refused.listen)).ok).toBe(false);
  });

  it("says the catch-up was interrupted when the snapshot named did not arrive", async () => {
    const fake = server([snapshotAt(6)], { ok: true, data: { kind: "snapshot-sent", seq: 7 } });
    const ack = await requestSync(fake.ask, fake.listen);
    expect(ack.ok ? "ok" : ack.error.code).toBe("UNAVAILABLE");
    expect(fake.listening()).toBe(false);
  });
});
