import { randomUUID } from "node:crypto";
import { snapshotFromState } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, TestClient } from "../support/clients.js";
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

function never(): never {
  throw new Error("missing state");
}
