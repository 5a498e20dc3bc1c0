import { headFingerprint } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, TestClient } from "../support/clients.js";
import { openRoom, type Room } from "../support/room.js";
import { runVerifyLog } from "../support/verify-log.js";
import { download } from "./readers.js";

/**
 * Clients hold the head of the log they have seen, from the snapshot and from every live event;
 * the final summary shows the short fingerprint of the head it covers, which is the head
 * `pnpm verify-log` reports for the log it covers.
 */
describe("the head fingerprint on PostgreSQL", () => {
  let room: Room;
  let chair: TestClient;
  let chairCookie: string;
  let senegal: TestClient;

  beforeAll(async () => {
    room = await openRoom("postgres");
    const links = room.server.app.demoLinks;
    if (!links) throw new Error("no demo");
    chairCookie = (await join(room.server.url, links.chair, "Chair")).cookie;
    chair = await TestClient.connect(room.server.url, chairCookie);
    senegal = await room.delegate("Senegal");
    await chair.must("consultation:set-status", { status: "live" });
    const itemId = Object.values(chair.replica.state?.items ?? {}).find((item) => item.position === 0)?.id ?? "";
    await chair.must("agenda:open", { itemId });
    await senegal.must("position:publish", { itemId, stance: "supports", statement: "Senegal supports." });
  }, 120_000);
  afterAll(async () => {
    chair?.close();
    await room?.close();
  });

  const env = () => ({ DATA_DIR: room.database.dataDir, DATABASE_URL: room.database.databaseUrl ?? "" });

  it("every client holds the head verify-log reports, from live events and from a fresh snapshot", async () => {
    // Egypt joins late: its head comes from a snapshot, the others' from live events.
    const late = await room.delegate("Egypt");
    await chair.sync();
    await senegal.sync();
    const { reports } = await runVerifyLog(room.consultationId, env());
    const head = reports[0]?.head;
    expect(head?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chair.replica.seq).toBe(head?.seq);
    expect(chair.replica.headHash).toBe(head?.hash);
    expect(senegal.replica.headHash).toBe(head?.hash);
    expect(late.replica.headHash).toBe(head?.hash);
  });

  it("the final summary shows the fingerprint of the head verify-log reports for the log it covers", async () => {
    const { reports } = await runVerifyLog(room.consultationId, env());
    const head = reports[0]?.head;
    if (!head?.hash) throw new Error("no head");
    await chair.must("summary:finalise", { revision: 0 });
    const md = (await download(room.server, room.consultationId, "md", chairCookie)).body.toString("utf8");
    expect(md).toContain(
      `Head fingerprint, for every delegation to compare with the room display: ${headFingerprint(head.hash)}`,
    );
    expect(md).toContain(head.hash);
    // After the summary:finalised event the clients hold the new head, which the summary cannot cite.
    await chair.sync();
    expect(chair.replica.headHash).not.toBe(head.hash);
  });
});
