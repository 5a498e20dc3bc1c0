import { limits } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";

type RawEmit = (event: string, ...args: unknown[]) => Promise<unknown>;

describe.each(databaseKinds)("invalid payloads on %s", (kind) => {
  let room: Room;
  let chair: TestClient;
  let raw: RawEmit;

  beforeAll(async () => {
    room = await openRoom(kind);
    chair = await room.chair();
    const socket = chair.socket.timeout(5000);
    raw = socket.emitWithAck.bind(socket) as unknown as RawEmit;
  });
  afterAll(() => room.close());

  const cases: [string, string, unknown][] = [
    ["a wrong type", "agenda:add", { idempotencyKey: "k-0000001", title: 42 }],
    [
      "a missing field",
      "agenda:conclude",
      { idempotencyKey: "k-0000002", itemId: "00000000-0000-4000-8000-000000000000" },
    ],
    ["a missing idempotency key", "agenda:add", { title: "No key" }],
    ["an oversize text", "agenda:add", { idempotencyKey: "k-0000003", title: "x".repeat(limits.title + 1) }],
    ["an extra field", "agenda:add", { idempotencyKey: "k-0000004", title: "Extra", isAdmin: true }],
    [
      "a prototype key",
      "agenda:add",
      JSON.parse('{"idempotencyKey":"k-0000005","title":"P","__proto__":{"polluted":1}}'),
    ],
    ["a string for an object", "floor:end-turn", "end it"],
    ["null", "floor:end-turn", null],
    ["a malformed id", "agenda:open", { idempotencyKey: "k-0000006", itemId: "not-a-uuid" }],
    ["a bad enum", "consultation:set-status", { idempotencyKey: "k-0000007", status: "adjourned" }],
  ];

  it.each(cases)("answers %s with VALIDATION and changes nothing", async (_label, event, payload) => {
    const before = chair.replica.seq;
    const ack = (await raw(event, payload)) as { ok: boolean; error?: { code: string; issues?: unknown[] } };
    expect(ack.ok).toBe(false);
    expect(ack.error?.code).toBe("VALIDATION");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await chair.sync();
    expect(chair.replica.seq).toBe(before);
  });

  it("answers an unknown event with a refusal", async () => {
    const ack = (await raw("ballot:stuff", { idempotencyKey: "k-0000008" })) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(ack).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("names the offending field", async () => {
    const ack = (await raw("agenda:add", { idempotencyKey: "k-0000009", title: 42 })) as {
      error?: { issues?: { path: unknown[] }[] };
    };
    expect(ack.error?.issues?.[0]?.path).toEqual(["title"]);
  });

  it("keeps serving everyone after all that", async () => {
    const delegate = await room.delegate("Japan");
    const ack = await chair.send("consultation:set-status", { status: "live" });
    expect(ack.ok).toBe(true);
    if (ack.ok) await delegate.waitForSeq(ack.data.seq);
    expect(delegate.replica.state?.consultation.status).toBe("live");
  });

  it("refuses oversize HTTP bodies and invalid ones with a typed error", async () => {
    const big = await fetch(`${room.server.url}/api/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: "x".repeat(20), displayName: "y".repeat(400_000) }),
    });
    expect(big.status).toBe(413);
    const invalid = await fetch(`${room.server.url}/api/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: 5 }),
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: "VALIDATION" } });
  });
});
