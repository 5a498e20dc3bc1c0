import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, join, TestClient, tokenOf } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";

describe.each(databaseKinds)("a room filling at once on %s", (kind) => {
  let room: Room;

  beforeAll(async () => {
    room = await openRoom(kind);
  });
  afterAll(() => room.close());

  it("a burst of arrivals leaves every client with the same full roster and everyone online", async () => {
    const chair = await room.chair("Chair watching the room fill");
    const links = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const response = await room.operator("POST", `/api/operator/consultations/${room.consultationId}/invitations`, {
          role: "observer",
        });
        return tokenOf(((await response.json()) as { url: string }).url);
      }),
    );
    // Everyone opens their link at the same moment: joins, connects and catches up while the
    // others are still arriving (their joins share transactions and announcements).
    const arrivals = await Promise.all(
      links.map(async (token, i) => {
        const { cookie } = await join(room.server.url, `#${token}`, `Arrival ${i + 1}`);
        return TestClient.connect(room.server.url, cookie);
      }),
    );
    try {
      const everyone = [chair, ...arrivals];
      const ids = everyone.map((client) => client.me?.participantId ?? "");
      expect(new Set(ids).size).toBe(everyone.length);
      const rosterOf = (client: TestClient) => Object.keys(client.replica.state?.participants ?? {});
      // Whether it caught up before or after the others joined, each client ends knowing them all
      // by name and seeing them all online.
      await eventually(
        () => everyone.every((client) => ids.every((id) => rosterOf(client).includes(id))),
        20_000,
        "every client to hold every arrival",
      );
      await eventually(
        () => everyone.every((client) => ids.every((id) => client.presence.online.includes(id))),
        20_000,
        "every client to see every arrival online",
      );
      const rosters = new Set(everyone.map((client) => JSON.stringify(rosterOf(client).sort())));
      expect(rosters.size).toBe(1);
      const names = Object.values(chair.replica.state?.participants ?? {}).map((p) => p.displayName);
      for (let i = 1; i <= links.length; i++) expect(names).toContain(`Arrival ${i}`);
    } finally {
      for (const client of arrivals) client.close();
      chair.close();
    }
  });
});
