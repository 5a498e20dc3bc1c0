import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { queryRows, startServer, type TestServer } from "../support/server.js";

const madeUp = "00000000-0000-4000-8000-00000000beef";

describe.each(databaseKinds)("the per-address limit on socket commands, on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let clients: TestClient[];

  const head = async () =>
    Number(
      (await queryRows<{ last_seq: number }>(server.app, "select max(last_seq) as last_seq from consultations"))[0]
        ?.last_seq,
    );

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    // 5 commands a second per address, in bursts of 10; each connection alone may send 40 at once.
    server = await startServer(database, { COMMAND_RATE_PER_IP: "5" });
    const links = server.app.demoLinks;
    if (!links) throw new Error("no demo");
    clients = [];
    for (const name of ["Bangladesh", "India", "Rwanda"]) {
      const link = links.delegations.find((d) => d.name === name);
      const { cookie } = await join(server.url, link?.url ?? "", `Delegate of ${name}`);
      clients.push(await TestClient.connect(server.url, cookie));
    }
  });
  afterAll(async () => {
    for (const client of clients ?? []) client.close();
    await server?.close();
    await database?.drop();
  });

  it("slows down several connections from one address together, each well under its own limit", async () => {
    const before = await head();
    const acks = await Promise.all(
      clients.flatMap((client) =>
        Array.from({ length: 8 }, () => client.send("floor:withdraw", { requestId: madeUp })),
      ),
    );
    const codes = acks.map((ack) => (ack.ok ? "ok" : ack.error.code));
    const limited = codes.filter((code) => code === "RATE_LIMITED").length;
    // 24 sent, 10 in the burst (and a token or two refilled while they arrive): the rest are refused.
    expect(limited).toBeGreaterThanOrEqual(24 - 13);
    expect(codes.filter((code) => code === "NOT_FOUND").length).toBeGreaterThanOrEqual(10);
    expect(await head()).toBe(before);
  });

  it("lets the address act again once the bucket refills", async () => {
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const ack = await clients[0]?.send("floor:withdraw", { requestId: madeUp });
    expect(ack?.ok ? "ok" : ack?.error.code).toBe("NOT_FOUND");
  });
});
