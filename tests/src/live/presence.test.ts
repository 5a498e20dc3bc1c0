import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";

describe.each(databaseKinds)("presence and rate limits on %s", (kind) => {
  let room: Room;

  beforeAll(async () => {
    room = await openRoom(kind);
  });
  afterAll(() => room.close());

  it("shows everyone who is connected, by person, live, and drops those who leave", async () => {
    const chair = await room.chair();
    const first = await room.delegate("Uruguay", "First Uruguayan");
    const second = await room.delegate("Uruguay", "Second Uruguayan");
    const ids = [chair.me?.participantId, first.me?.participantId, second.me?.participantId];
    await eventually(() => ids.every((id) => id && chair.presence.online.includes(id)), 5000, "all three online");
    // Two people of one delegation are two participants of the same delegation.
    const uruguay = room.delegationId("Uruguay");
    const people = Object.values(chair.replica.state?.participants ?? {}).filter((p) => p.delegationId === uruguay);
    expect(people.map((p) => p.displayName).sort()).toEqual(["First Uruguayan", "Second Uruguayan"]);

    second.close();
    await eventually(
      () => !chair.presence.online.includes(second.me?.participantId ?? ""),
      5000,
      "the second to leave",
    );
    expect(chair.presence.online).toContain(first.me?.participantId);
  });

  it("sends each socket the whole list once, then only who came and went", async () => {
    const watcher = await room.invite("observer", null, "Watching observer");
    const selfId = watcher.me?.participantId ?? "";
    await eventually(() => watcher.presence.online.includes(selfId), 5000, "the watcher's own list");
    const arrivals = await Promise.all(
      Array.from({ length: 8 }, (_, i) => room.invite("observer", null, `Arriving observer ${i + 1}`)),
    );
    const arrivalIds = arrivals.map((client) => client.me?.participantId ?? "");
    const everyone = [watcher, ...arrivals];
    const allIds = [selfId, ...arrivalIds];
    // Whenever each connected, each ends holding every one of them online.
    await eventually(
      () => everyone.every((client) => allIds.every((id) => client.presence.online.includes(id))),
      5000,
      "every client to see every arrival online",
    );
    const heardBy = (client: (typeof everyone)[number], event: string) =>
      client.heard.filter((message) => message.event === event).length;
    // The watcher had the list once; the arrivals reached it as changes, not as lists again.
    expect(heardBy(watcher, "presence")).toBe(1);
    expect(heardBy(watcher, "presence:changed")).toBeGreaterThan(0);
    for (const client of arrivals) expect(heardBy(client, "presence")).toBe(1);
    const [leaving, ...staying] = arrivals;
    leaving?.close();
    await eventually(
      () => [watcher, ...staying].every((client) => !client.presence.online.includes(leaving?.me?.participantId ?? "")),
      5000,
      "everyone to see the one who left go",
    );
    for (const client of everyone) client.close();
  });

  it("slows down a connection that floods commands, without affecting others", async () => {
    const flooder = await room.delegate("Japan");
    const acks = await Promise.all(
      Array.from({ length: 80 }, () =>
        flooder.send("floor:withdraw", { requestId: "00000000-0000-4000-8000-000000000000" }),
      ),
    );
    const codes = acks.map((ack) => (ack.ok ? "ok" : ack.error.code));
    expect(codes).toContain("RATE_LIMITED");
    expect(codes.filter((code) => code === "NOT_FOUND").length).toBeGreaterThanOrEqual(40);
    const calm = await room.chair("Calm chair");
    const ack = await calm.send("consultation:set-status", { status: "live" });
    expect(ack.ok).toBe(true);
  });
});
