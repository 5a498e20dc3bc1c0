import { randomUUID } from "node:crypto";
import {
  type Ack,
  type HandshakeAuth,
  Replica,
  requestSync,
  type SyncAnswer,
  type SyncResult,
  snapshotFromState,
} from "@trilogue/shared";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClientSocket, join, patienceMs, TestClient } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";

/** The catch-up window these servers run with (500 by default). */
const catchUpWindow = 30;

describe.each(databaseKinds)("catch-up and idempotency on %s", (kind) => {
  let room: Room;
  let chair: TestClient;
  let itemIds: string[];

  beforeAll(async () => {
    // A small catch-up window, so that falling "far behind" takes a few dozen changes, not 500.
    room = await openRoom(kind, { CATCH_UP_MAX_EVENTS: String(catchUpWindow) });
    chair = await room.chair();
    await chair.must("consultation:set-status", { status: "live" });
    itemIds = Object.values(chair.replica.state?.items ?? {})
      .sort((a, b) => a.position - b.position)
      .map((item) => item.id);
  });
  afterAll(() => room.close());

  it("a delegate who missed several events catches up to the state of one who stayed", async () => {
    const stayed = await room.delegate("India", "Stayed");
    const { cookie } = await join(room.server.url, room.server.app.demoLinks?.delegations[10]?.url ?? "", "Left");
    const leaving = await TestClient.connect(room.server.url, cookie);
    const lastSeq = leaving.replica.seq;
    const held = leaving.replica;
    leaving.close();

    await chair.must("agenda:open", { itemId: itemIds[0] ?? "" });
    await stayed.must("floor:request", { kind: "speaker" });
    await chair.must("floor:give", {});
    const last = await chair.must("agenda:set-time-box", { itemId: itemIds[0] ?? "", timeBoxSeconds: 900 });
    await stayed.waitForSeq(last.seq);

    const back = await TestClient.connect(room.server.url, cookie);
    // The new connection asked from scratch; prove the catch-up path too, from the old replica.
    const ack = await back.catchUp(lastSeq);
    expect(ack.ok && ack.data.kind).toBe("events");
    if (ack.ok) held.applySync(ack.data);
    expect(held.seq).toBe(last.seq);
    const expected = stayed.replica.state && snapshotFromState(stayed.replica.state);
    expect(held.state && snapshotFromState(held.state)).toEqual(expected);
    expect(back.replica.state && snapshotFromState(back.replica.state)).toEqual(expected);
    back.close();
  });

  it("one far behind gets a snapshot instead of the events", async () => {
    const delegate = await room.delegate("Bangladesh");
    const behind = delegate.replica.seq ?? 0;
    // The operator's edits are logged like any change; one more than the window puts the delegate far behind.
    for (let i = 0; i <= catchUpWindow; i += 1) {
      const response = await room.operator("PATCH", `/api/operator/consultations/${room.consultationId}`, {
        missionContext: `Revision ${i}`,
      });
      expect(response.status).toBe(200);
    }
    await chair.waitForSeq(behind + catchUpWindow + 1);
    const ack = await delegate.catchUp(behind);
    expect(ack.ok && ack.data.kind).toBe("snapshot");
    await delegate.waitForSeq(chair.replica.seq ?? 0);
    expect(snapshotFromState(delegate.replica.state ?? never())).toEqual(
      snapshotFromState(chair.replica.state ?? never()),
    );
  });

  it("a client ahead of the log (a stale claim) gets a snapshot", async () => {
    const ack = await chair.catchUp(10_000_000);
    expect(ack.ok && ack.data.kind).toBe("snapshot");
  });

  it("the same command twice with one idempotency key has one effect", async () => {
    const delegate = await room.delegate("Rwanda");
    const key = randomUUID();
    const [first, second] = await Promise.all([
      delegate.send("floor:request", { kind: "point_of_order" }, key),
      delegate.send("floor:request", { kind: "point_of_order" }, key),
    ]);
    const third = await delegate.send("floor:request", { kind: "point_of_order" }, key);
    expect(first.ok && second.ok && third.ok).toBe(true);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    const rwanda = room.delegationId("Rwanda");
    await chair.waitForSeq(first.ok ? first.data.seq : 0);
    const requests = Object.values(chair.replica.state?.floorRequests ?? {}).filter(
      (request) => request.delegationId === rwanda && request.kind === "point_of_order",
    );
    expect(requests).toHaveLength(1);
    // The key is bound to its command: reusing it for another is refused, not replayed.
    const misuse = await delegate.send("floor:withdraw", { requestId: requests[0]?.id ?? "" }, key);
    expect(misuse).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});

/**
 * Connects as the browser does since issue 21: `{ lastSeq }` in the handshake's `auth`, and no `sync`
 * sent. Resolves with the catch-up the server sent unasked (paired with its snapshot) and the
 * names of what the socket heard, in order.
 */
async function connectAsBrowser(
  baseUrl: string,
  cookie: string,
  auth: HandshakeAuth,
): Promise<{ socket: ClientSocket; caughtUp: Ack<SyncResult>; heard: string[] }> {
  const socket: ClientSocket = io(baseUrl, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    forceNew: true,
    reconnection: false,
    autoConnect: false,
    auth,
  });
  const heard: string[] = [];
  socket.onAny((event: string) => heard.push(event));
  socket.onAnyOutgoing((event: string) => heard.push(`sent ${event}`));
  const caughtUp = requestSync(
    () =>
      new Promise<Ack<SyncAnswer>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no catch-up within patience")), patienceMs);
        socket.once("catch-up", (answer) => {
          clearTimeout(timer);
          resolve(answer);
        });
        socket.once("connect_error", (error) => {
          clearTimeout(timer);
          reject(error);
        });
      }),
    (keep) => {
      socket.on("snapshot", keep);
      return () => socket.off("snapshot", keep);
    },
  );
  socket.connect();
  try {
    return { socket, caughtUp: await caughtUp, heard };
  } catch (error) {
    socket.disconnect();
    throw error;
  }
}

describe("the catch-up sent on connect, unasked", () => {
  let room: Room;
  let chair: TestClient;

  beforeAll(async () => {
    room = await openRoom("pglite");
    chair = await room.chair();
    await chair.must("consultation:set-status", { status: "live" });
  });
  afterAll(() => room.close());

  it("a browser holding nothing gets who it is, then the snapshot, without sending sync", async () => {
    const { cookie } = await join(room.server.url, room.server.app.demoLinks?.delegations[3]?.url ?? "", "Fresh");
    const { socket, caughtUp, heard } = await connectAsBrowser(room.server.url, cookie, { lastSeq: null });
    expect(caughtUp.ok && caughtUp.data.kind).toBe("snapshot");
    // Presence may come between (it is coalesced); who it is, the state and the answer come in this order.
    const ordered = ["welcome", "snapshot", "catch-up"];
    expect(heard.filter((event) => ordered.includes(event))).toEqual(ordered);
    expect(heard.filter((event) => event.startsWith("sent"))).toEqual([]);
    const replica = new Replica();
    if (caughtUp.ok) replica.applySync(caughtUp.data);
    await chair.waitForSeq(replica.seq ?? 0);
    expect(replica.state && snapshotFromState(replica.state)).toEqual(
      chair.replica.state && snapshotFromState(chair.replica.state),
    );
    socket.disconnect();
  });

  it("a browser coming back with its last seq gets the events it missed, unasked", async () => {
    const { cookie } = await join(room.server.url, room.server.app.demoLinks?.delegations[4]?.url ?? "", "Back");
    const first = await connectAsBrowser(room.server.url, cookie, { lastSeq: null });
    const held = new Replica();
    if (first.caughtUp.ok) held.applySync(first.caughtUp.data);
    first.socket.disconnect();
    const heldSeq = held.seq;
    const itemId = Object.values(chair.replica.state?.items ?? {})[0]?.id ?? "";
    const last = await chair.must("agenda:set-time-box", { itemId, timeBoxSeconds: 600 });

    const back = await connectAsBrowser(room.server.url, cookie, { lastSeq: heldSeq });
    expect(back.caughtUp.ok && back.caughtUp.data.kind).toBe("events");
    expect(back.heard).not.toContain("snapshot");
    if (back.caughtUp.ok) held.applySync(back.caughtUp.data);
    expect(held.seq).toBe(last.seq);
    expect(held.state && snapshotFromState(held.state)).toEqual(
      chair.replica.state && snapshotFromState(chair.replica.state),
    );
    back.socket.disconnect();
  });

  it("a browser without a session is refused at the handshake and hears nothing of the room", async () => {
    const refused = connectAsBrowser(room.server.url, "", { lastSeq: null });
    await expect(refused).rejects.toMatchObject({ data: { code: "UNAUTHENTICATED" } });
  });
});

function never(): never {
  throw new Error("missing state");
}
