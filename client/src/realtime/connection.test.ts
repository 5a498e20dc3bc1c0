import type { Me } from "@trilogue/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useConnectionStore } from "../stores/connection-store";
import { useConsultationStore } from "../stores/consultation-store";
import { usePresenceStore } from "../stores/presence-store";
import { useSessionStore } from "../stores/session-store";
import { FakeSocket } from "../test/fake-socket";
import { event, id, item, snapshot } from "../test/fixtures";
import { resetStores, settle } from "../test/reset";
import { ackTimeoutMs, type Connection, createConnection } from "./connection";

const opened = (seq: number, n: number) => event(seq, { upsert: { items: [item(n, { status: "open" })] } });

describe("the connection", () => {
  let socket: FakeSocket;
  let connection: Connection;

  beforeEach(() => {
    resetStores();
    socket = new FakeSocket();
    socket.respond = (name) =>
      name === "sync"
        ? { ok: true, data: { kind: "snapshot", snapshot: snapshot(3) } }
        : { ok: true, data: { seq: 4 } };
    connection = createConnection((auth) => socket.asClient(auth), null);
  });
  afterEach(() => connection.stop());

  it("gets the snapshot on first connect without asking, and says it is online once caught up", async () => {
    connection.start();
    expect(useConnectionStore.getState().status).toBe("connecting");
    socket.connect();
    await settle();
    // The handshake said it holds nothing; the server sent the snapshot and its catch-up unasked.
    expect(socket.handshakes).toEqual([{ lastSeq: null }]);
    expect(socket.payloads("sync")).toEqual([]);
    expect(useConsultationStore.getState().state?.seq).toBe(3);
    expect(useConnectionStore.getState().status).toBe("online");
  });

  it("asks with sync when the server sends no catch-up on connect", async () => {
    vi.useFakeTimers();
    try {
      socket.pushesCatchUp = false;
      connection.start();
      socket.connect();
      await vi.advanceTimersByTimeAsync(ackTimeoutMs - 1);
      expect(useConsultationStore.getState().state).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(socket.payloads("sync")).toEqual([{ lastSeq: null }]);
      expect(useConsultationStore.getState().state?.seq).toBe(3);
      expect(useConnectionStore.getState().status).toBe("online");
    } finally {
      vi.useRealTimers();
    }
  });

  it("catches up again when the server says it may have missed events (resync)", async () => {
    connection.start();
    socket.connect();
    await settle();
    socket.respond = () => ({ ok: true, data: { kind: "events", events: [opened(4, 2)] } });
    socket.serverEmit("resync");
    await settle();
    expect(socket.payloads("sync")).toEqual([{ lastSeq: 3 }]);
    expect(useConsultationStore.getState().state?.seq).toBe(4);
  });

  it("applies live event batches, and on a gap asks for what it missed from its last sequence", async () => {
    connection.start();
    socket.connect();
    await settle();
    socket.serverEmit("events", [opened(4, 1)]);
    expect(useConsultationStore.getState().state?.seq).toBe(4);

    socket.respond = () => ({ ok: true, data: { kind: "events", events: [opened(5, 2), opened(6, 1)] } });
    socket.serverEmit("events", [opened(6, 1)]);
    await settle();
    expect(socket.payloads("sync").at(-1)).toEqual({ lastSeq: 4 });
    expect(useConsultationStore.getState().state?.seq).toBe(6);
    expect(useConsultationStore.getState().hasGap).toBe(false);
  });

  it("catches up after a drop with the events since its last sequence", async () => {
    connection.start();
    socket.connect();
    await settle();
    socket.dropConnection();
    expect(useConnectionStore.getState().status).toBe("reconnecting");
    socket.respond = () => ({ ok: true, data: { kind: "events", events: [opened(4, 2)] } });
    socket.connect();
    await settle();
    // The reconnect's handshake carried the last seq held; the events missed came unasked.
    expect(socket.handshakes.at(-1)).toEqual({ lastSeq: 3 });
    expect(socket.payloads("sync")).toEqual([]);
    expect(useConsultationStore.getState().state?.items[id(102)]?.status).toBe("open");
    expect(useConnectionStore.getState().status).toBe("online");
  });

  it("records presence and who the server takes this person to be", () => {
    connection.start();
    const me: Me = { participantId: id(9), consultationId: id(1), role: "chair", delegationId: null, displayName: "F" };
    socket.serverEmit("welcome", me);
    socket.serverEmit("presence", { online: [id(9), id(10)] });
    expect(useSessionStore.getState().me).toEqual(me);
    expect(usePresenceStore.getState().online.has(id(9))).toBe(true);
    // Later announcements say only who came and went.
    socket.serverEmit("presence:changed", { came: [id(11)], went: [id(10)] });
    expect([...usePresenceStore.getState().online].sort()).toEqual([id(9), id(11)]);
  });

  it("signs out when the handshake is refused for want of a session", () => {
    connection.start();
    const refused = Object.assign(new Error("revoked"), { data: { code: "UNAUTHENTICATED", message: "revoked" } });
    socket.serverEmit("connect_error", refused);
    expect(useConnectionStore.getState().status).toBe("signed-out");
    expect(useSessionStore.getState().status).toBe("signed-out");
    expect(useSessionStore.getState().endedReason).toBe("revoked");
  });
});
