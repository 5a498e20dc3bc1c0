import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { usePendingStore } from "../stores/pending-store";
import { FakeSocket } from "../test/fake-socket";
import { snapshot } from "../test/fixtures";
import { resetStores, settle } from "../test/reset";
import { type Connection, createConnection } from "./connection";

const action = (key: string) => usePendingStore.getState().actions[key];
const keysOf = (socket: FakeSocket) =>
  socket.payloads("floor:request").map((p) => (p as { idempotencyKey: string }).idempotencyKey);

describe("sending a command", () => {
  let socket: FakeSocket;
  let connection: Connection;
  let commandReply: (attempt: number) => ReturnType<FakeSocket["respond"]>;

  beforeEach(async () => {
    resetStores();
    socket = new FakeSocket();
    let attempt = 0;
    commandReply = () => ({ ok: true, data: { seq: 4, id: "r1" } });
    socket.respond = (name) =>
      name === "sync" ? { ok: true, data: { kind: "snapshot", snapshot: snapshot(3) } } : commandReply(++attempt);
    connection = createConnection((auth) => socket.asClient(auth), null);
    connection.start();
    socket.connect();
    await settle();
  });
  afterEach(() => connection.stop());

  it("goes from pending to confirmed, with an idempotency key on the payload", async () => {
    const sent = connection.sendCommand("floor:request", { kind: "speaker" }, "key-confirmed");
    expect(action("key-confirmed")?.status).toBe("pending");
    const ack = await sent;
    expect(ack.ok).toBe(true);
    expect(action("key-confirmed")?.status).toBe("confirmed");
    expect(socket.payloads("floor:request")).toEqual([{ kind: "speaker", idempotencyKey: "key-confirmed" }]);
  });

  it("ends in an error with the server's code, and does not resend a refused command", async () => {
    commandReply = () => ({ ok: false, error: { code: "CONFLICT", message: "Already on the list." } });
    await connection.sendCommand("floor:request", { kind: "speaker" }, "key-refused");
    expect(action("key-refused")).toMatchObject({
      status: "error",
      errorCode: "CONFLICT",
      errorDetail: "Already on the list.",
    });
    expect(socket.payloads("floor:request")).toHaveLength(1);
  });

  it("resends with the same key when an answer is lost", async () => {
    commandReply = (attempt) => (attempt === 1 ? "lost" : { ok: true, data: { seq: 4 } });
    await connection.sendCommand("floor:request", { kind: "speaker" }, "key-lost");
    expect(keysOf(socket)).toEqual(["key-lost", "key-lost"]);
    expect(action("key-lost")?.status).toBe("confirmed");
  });

  it("gives up with a timeout error after repeated silence while connected", async () => {
    commandReply = () => "lost";
    const ack = await connection.sendCommand("floor:request", { kind: "speaker" }, "key-silent");
    expect(ack.ok).toBe(false);
    expect(action("key-silent")).toMatchObject({ status: "error", errorCode: "TIMEOUT" });
  });

  it("waits while offline and sends once back, with the same key", async () => {
    commandReply = (attempt) => (attempt === 1 ? "hang" : { ok: true, data: { seq: 4 } });
    const sent = connection.sendCommand("floor:request", { kind: "speaker" }, "key-offline");
    await settle();
    socket.dropConnection();
    await settle();
    expect(action("key-offline")?.status).toBe("waiting");
    socket.connect();
    await sent;
    expect(keysOf(socket)).toEqual(["key-offline", "key-offline"]);
    expect(action("key-offline")?.status).toBe("confirmed");
  });

  it("waits for a first connection before sending anything", async () => {
    socket.dropConnection();
    const sent = connection.sendCommand("floor:end-turn", {}, "key-later");
    await settle();
    expect(socket.payloads("floor:end-turn")).toHaveLength(0);
    expect(action("key-later")?.status).toBe("waiting");
    socket.connect();
    await sent;
    expect(action("key-later")?.status).toBe("confirmed");
  });

  it("fails plainly when the session ends while it waits", async () => {
    socket.dropConnection();
    const sent = connection.sendCommand("floor:end-turn", {}, "key-ended");
    await settle();
    socket.serverEmit(
      "connect_error",
      Object.assign(new Error("x"), { data: { code: "UNAUTHENTICATED", message: "x" } }),
    );
    const ack = await sent;
    expect(ack.ok).toBe(false);
    expect(action("key-ended")).toMatchObject({ status: "error", errorCode: "UNAUTHENTICATED" });
  });
});
