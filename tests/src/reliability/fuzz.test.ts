import { commandNames } from "@trilogue/shared";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";
import { queryRows } from "../support/server.js";

type RawEmit = (event: string, payload: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

/** Keys that have hurt JavaScript servers before. */
const pollutingKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty");
const edgeString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u202e\u0644\u0627",
    "\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
    "'; drop table consultations; --",
  ),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);
const deep = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer(),
    edgeString,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(pollutingKey, fc.string()), tie("node"), { maxKeys: 3 }),
  ),
})).node;

/** A payload that is wrong in one of the ways senders get things wrong. */
const invalidPayload = fc.oneof(
  fc.anything({ withBoxedValues: false, withNullPrototype: true, maxDepth: 4 }),
  deep,
  fc.record({ idempotencyKey: fc.oneof(fc.integer(), edgeString), extra: deep }),
  fc.dictionary(pollutingKey, deep, { minKeys: 1 }).map((d) => ({ ...d, idempotencyKey: "fuzz-key-0001" })),
  fc.record({
    idempotencyKey: fc.constant("fuzz-key-0002"),
    itemId: edgeString,
    requestId: fc.integer(),
    status: deep,
  }),
);

describe.each(databaseKinds)("fuzzing every socket command and HTTP body on %s", (kind) => {
  let room: Room;
  let chair: TestClient;
  let raw: RawEmit;
  let headBefore: number;

  const head = async () =>
    Number(
      (
        await queryRows<{ last_seq: number }>(
          room.server.app,
          `select last_seq from consultations where id = '${room.consultationId}'`,
        )
      )[0]?.last_seq,
    );

  beforeAll(async () => {
    room = await openRoom(kind);
    chair = await room.chair();
    // The rate limit is per connection: the fuzzer spreads its commands over four of the chair's.
    const emits = [chair, await room.chair(), await room.chair(), await room.chair()].map((each) => {
      const socket = each.socket.timeout(5000);
      return socket.emitWithAck.bind(socket) as unknown as RawEmit;
    });
    let turn = 0;
    raw = (event, payload) => {
      const emit = emits[turn++ % emits.length];
      if (!emit) throw new Error("no socket to send on");
      return emit(event, payload);
    };
    headBefore = await head();
  });
  afterAll(() => room.close());

  it("answers every generated invalid command with VALIDATION", async () => {
    for (const name of commandNames) {
      await fc.assert(
        fc.asyncProperty(invalidPayload, async (payload) => {
          const ack = await raw(name, payload);
          expect(ack.ok, name).toBe(false);
          expect(ack.error?.code, `${name} ${JSON.stringify(payload)?.slice(0, 200)}`).toBe("VALIDATION");
          // Each connection may send 20 a second: four, one command each 15 ms, stay under it.
          await new Promise((resolve) => setTimeout(resolve, 15));
        }),
        { numRuns: 12 },
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers generated invalid HTTP bodies with a typed 4xx, never a crash", async () => {
    const routes = [
      "/api/join",
      "/api/invitations/preview",
      "/api/operator/consultations",
      `/api/operator/consultations/${room.consultationId}/delegations`,
      `/api/operator/consultations/${room.consultationId}/invitations`,
    ];
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(invalidPayload, async (body) => {
          const response = await fetch(`${room.server.url}${route}`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${room.server.operatorToken}` },
            body: JSON.stringify(body) ?? "null",
          });
          expect(response.status, route).toBeGreaterThanOrEqual(400);
          expect(response.status, route).toBeLessThan(500);
          const answer = (await response.json()) as { error?: { code?: string } };
          expect(typeof answer.error?.code, route).toBe("string");
        }),
        { numRuns: 15 },
      );
    }
  });

  it("refuses a delegation whose country is not a UN Member State or observer State, and registers none", async () => {
    const count = async () =>
      (await queryRows(room.server.app, `select id from delegations where consultation_id = '${room.consultationId}'`))
        .length;
    const before = await count();
    for (const countryCode of ["XK", "TW", "PR"]) {
      const response = await fetch(`${room.server.url}/api/operator/consultations/${room.consultationId}/delegations`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${room.server.operatorToken}` },
        body: JSON.stringify({ name: "Somewhere", countryCode, constituencies: ["tpcc"] }),
      });
      expect(response.status, countryCode).toBe(400);
      expect(((await response.json()) as { error?: { code?: string } }).error?.code).toBe("VALIDATION");
    }
    expect(await count()).toBe(before);
  });

  it("answers a message over the payload limit PAYLOAD_TOO_LARGE, closes a socket over the frame limit, and stays up", async () => {
    const victim = await room.delegate("Ethiopia");
    const before = await head();
    // Over the 64 KB message limit, under the transport's 1 MiB: answered, refused, connection kept.
    const socket = victim.socket.timeout(5000);
    const emitWithAck = socket.emitWithAck.bind(socket) as unknown as RawEmit;
    const answer = await emitWithAck("floor:request", { idempotencyKey: "big-000001", kind: "x".repeat(200_000) });
    expect(answer).toMatchObject({ ok: false, error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(await head()).toBe(before);
    expect(victim.socket.connected).toBe(true);
    await victim.sync();
    expect(victim.socket.connected).toBe(true);
    // Over the transport's frame limit: nothing can be answered, the connection is dropped.
    const closed = new Promise<string>((resolve) => victim.socket.once("disconnect", (reason) => resolve(reason)));
    const emit = victim.socket.emit.bind(victim.socket) as unknown as (event: string, payload: unknown) => void;
    emit("floor:request", { idempotencyKey: "big-000002", kind: "x".repeat(1_100_000) });
    expect(await closed).toMatch(/transport close|transport error/);
    expect(await head()).toBe(before);
    expect((await fetch(`${room.server.url}/healthz`)).status).toBe(200);
  });

  it("left the log untouched (but for the delegate who joined) and the server serving", async () => {
    const appended = await queryRows<{ type: string }>(
      room.server.app,
      `select type from consultation_events where consultation_id = '${room.consultationId}' and seq > ${headBefore}`,
    );
    expect(appended.map((event) => event.type)).toEqual(["participant:joined"]);
    const ack = await chair.send("consultation:set-status", { status: "live" });
    expect(ack.ok).toBe(true);
  });
});
