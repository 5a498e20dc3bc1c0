import { summaryDocumentSchema } from "@trilogue/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoom, type Room } from "../decisions/room.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { download } from "./readers.js";

describe.each(databaseKinds)("confidentiality as a promise on %s", (kind) => {
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

  const patch = (confidentiality: string) =>
    server.app.inject({
      method: "PATCH",
      url: `/api/operator/consultations/${room.consultationId}`,
      headers: { authorization: `Bearer ${server.operatorToken}` },
      payload: { confidentiality },
    });
  const stored = async () => {
    const response = await server.app.inject({
      method: "GET",
      url: `/api/operator/consultations/${room.consultationId}`,
      headers: { authorization: `Bearer ${server.operatorToken}` },
    });
    return (response.json() as { consultation: { confidentiality: string } }).consultation.confidentiality;
  };

  it("lets the operator correct the mode either way while nothing has been said", async () => {
    expect((await patch("on_record")).statusCode).toBe(200);
    expect((await patch("chatham_house")).statusCode).toBe(200);
    expect(await stored()).toBe("chatham_house");
  });

  it("refuses to loosen Chatham House once a delegation has spoken, and changes nothing", async () => {
    const france = await room.delegate("France");
    await france.must("position:publish", {
      itemId: room.item.id,
      stance: "supports",
      statement: "France supports a political strategy in every mandate.",
    });
    await room.chair.sync();
    const seq = room.chair.replica.seq;
    const refused = await patch("on_record");
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: { code: "CONFLICT", message: expect.stringMatching(/only become stricter/) },
    });
    expect(await stored()).toBe("chatham_house");
    await room.chair.sync();
    expect(room.chair.replica.seq).toBe(seq);
    expect(room.chair.replica.state?.consultation.confidentiality).toBe("chatham_house");
    // The export still attributes nothing to France.
    const json = await download(server, room.consultationId, "json", room.cookieOf(room.chair));
    const document = summaryDocumentSchema.parse(JSON.parse(json.body.toString("utf8")));
    expect(document.confidentiality).toBe("chatham_house");
    expect(json.body.toString("utf8")).not.toContain('"France"');
  });

  it("lets the mode become stricter, then never looser again", async () => {
    expect((await patch("closed")).statusCode).toBe(200);
    expect(await stored()).toBe("closed");
    const back = await patch("chatham_house");
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ error: { code: "CONFLICT" } });
    expect((await patch("on_record")).statusCode).toBe(409);
    expect(await stored()).toBe("closed");
  });
});
