import { summaryDocumentSchema } from "@trilogue/server";
import { itemFigures, snapshotFromState } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoom, type Room } from "../decisions/room.js";
import { stateOf } from "../drafting/drafting-room.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { download, readMarkdown } from "./readers.js";

describe.each(databaseKinds)("a joint position counted alike on screen and in every export, on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  it("counts Senegal's position for the African Group with Rwanda and Ethiopia, names them, keeps China's own", async () => {
    const china = await room.delegate("China");
    await china.must("position:publish", { itemId: room.item.id, stance: "opposes", statement: "China's own view." });
    const senegal = await room.delegate("Senegal");
    const posted = await senegal.must("joint:post-position", {
      itemId: room.item.id,
      stance: "supports",
      statement: "Mandates should name the political strategy that protection serves.",
      onBehalfOf: "the African Group",
      coSignatories: ["Rwanda", "Ethiopia", "India", "China"].map(room.delegationId),
    });
    let state = await stateOf(room.chair);
    const signature = (name: string) =>
      Object.values(state.coSignatures).find(
        (s) => s.jointId === posted.id && s.delegationId === room.delegationId(name),
      )?.id ?? "";
    await (await room.delegate("Rwanda")).must("joint:confirm", { coSignatureId: signature("Rwanda") });
    await (await room.delegate("Ethiopia")).must("joint:confirm", { coSignatureId: signature("Ethiopia") });
    await (await room.delegate("India")).must("joint:decline", { coSignatureId: signature("India") });
    await china.must("joint:confirm", { coSignatureId: signature("China") });
    state = await stateOf(room.chair);

    const screen = itemFigures(snapshotFromState(state), room.item.id);
    // Senegal, Rwanda, Ethiopia and China: China counts once, with its own position.
    expect(screen.breakdown.total).toBe(4);
    expect(screen.breakdown.overall).toMatchObject({ supports: 3, opposes: 1 });

    const json = await download(server, room.consultationId, "json", room.cookieOf(room.chair));
    const document = summaryDocumentSchema.parse(JSON.parse(json.body.toString("utf8")));
    const positions = document.items[0]?.positions;
    expect(positions?.total).toBe(screen.breakdown.total);
    expect(positions?.overall).toEqual(screen.breakdown.overall);
    expect(positions?.convergence?.status).toBe(screen.convergence);
    // Chatham House: the group is named, its co-signatories by constituency only.
    expect(positions?.joint).toHaveLength(1);
    expect(positions?.joint?.[0]).toMatchObject({ onBehalfOf: "the African Group", stance: "supports", pending: 0 });
    expect(positions?.joint?.[0]?.confirmed).toHaveLength(3);
    expect(positions?.joint?.[0]?.declined).toEqual([{ delegation: null, constituencies: ["tpcc"] }]);
    const statements = positions?.groups.flatMap((g) => g.statements) ?? [];
    expect(statements.map((s) => s.statement).sort()).toEqual(
      ["[a delegation]'s own view.", "Mandates should name the political strategy that protection serves."].sort(),
    );
    const md = readMarkdown((await download(server, room.consultationId, "md", room.cookieOf(room.chair))).body);
    expect(md.text).toContain("Joint positions");
    expect(md.text).toContain("on behalf of the African Group");
    expect(md.text).toContain("4 delegations stated a position.");
  });
});
