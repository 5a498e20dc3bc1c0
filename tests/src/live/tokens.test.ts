import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, join, TestClient, tokenOf } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";
import { queryRows } from "../support/server.js";

/** Tries a socket handshake with a cookie; resolves with the refusal code, or "connected". */
async function handshake(url: string, cookie: string): Promise<string> {
  const socket = io(url, { transports: ["websocket"], extraHeaders: { cookie }, forceNew: true, reconnection: false });
  return new Promise((resolve) => {
    socket.once("connect", () => {
      socket.close();
      resolve("connected");
    });
    socket.once("connect_error", (error: Error & { data?: { code?: string } }) => {
      socket.close();
      resolve(error.data?.code ?? error.message);
    });
  });
}

describe.each(databaseKinds)("invitation tokens and sessions on %s", (kind) => {
  let room: Room;
  const sql = (text: string) => queryRows<Record<string, unknown>>(room.server.app, text);

  beforeAll(async () => {
    room = await openRoom(kind);
  });
  afterAll(() => room.close());

  const joinStatus = async (token: string) =>
    (
      await fetch(`${room.server.url}/api/join`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token, displayName: "Someone" }),
      })
    ).status;

  it("stores invitation tokens only as hashes", async () => {
    const link = room.server.app.demoLinks?.chair ?? "";
    const rows = await sql("select token_hash from invitations");
    const hashes = rows.map((row) => String(row.token_hash));
    expect(hashes).not.toContain(tokenOf(link));
    expect(hashes.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
    expect(tokenOf(link).length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
  });

  it("refuses a forged invitation token", async () => {
    expect(await joinStatus("forged-token-that-was-never-issued")).toBe(401);
  });

  it("refuses an expired invitation", async () => {
    const response = await room.operator("POST", `/api/operator/consultations/${room.consultationId}/invitations`, {
      role: "observer",
    });
    const { id, url } = (await response.json()) as { id: string; url: string };
    await sql(`update invitations set expires_at = now() - interval '1 minute' where id = '${id}'`);
    expect(await joinStatus(tokenOf(url))).toBe(401);
  });

  it("a revoked invitation refuses new joins and ends the sessions it opened", async () => {
    const response = await room.operator("POST", `/api/operator/consultations/${room.consultationId}/invitations`, {
      role: "delegate",
      delegationId: room.delegationId("Egypt"),
    });
    const { id, url } = (await response.json()) as { id: string; url: string };
    const { cookie } = await join(room.server.url, url, "Egyptian delegate");
    const client = await TestClient.connect(room.server.url, cookie);
    let disconnected = false;
    client.socket.on("disconnect", () => {
      disconnected = true;
    });
    const revoke = await room.operator(
      "POST",
      `/api/operator/consultations/${room.consultationId}/invitations/${id}/revoke`,
    );
    expect(revoke.status).toBe(204);
    await eventually(() => disconnected, 5000, "the revoked session's socket to be closed");
    expect(await joinStatus(tokenOf(url))).toBe(401);
    expect(await handshake(room.server.url, cookie)).toBe("UNAUTHENTICATED");
  });

  it("refuses a cookie with a forged signature, and a signed one no session matches", async () => {
    const { cookie } = await join(room.server.url, room.server.app.demoLinks?.secretary ?? "", "Secretary");
    expect(await handshake(room.server.url, cookie)).toBe("connected");
    const [name, value = ""] = cookie.split("=");
    // One character changed, to one it is not (a random token holds an "x" there one time in 64).
    const swapped = value[10] === "x" ? "y" : "x";
    const tampered = `${name}=${value.slice(0, 10)}${swapped}${value.slice(11)}`;
    expect(await handshake(room.server.url, tampered)).toBe("UNAUTHENTICATED");
    const unknown = `${name}=${room.server.app.signCookie("a-session-token-nobody-was-given")}`;
    expect(await handshake(room.server.url, unknown)).toBe("UNAUTHENTICATED");
  });

  it("refuses an expired session", async () => {
    const { cookie, joined } = await join(room.server.url, room.server.app.demoLinks?.chair ?? "", "Chair");
    await sql(
      `update sessions set expires_at = now() - interval '1 second' where participant_id = '${joined.participant.id}'`,
    );
    expect(await handshake(room.server.url, cookie)).toBe("UNAUTHENTICATED");
  });

  it("sets the session cookie httpOnly and SameSite=Strict", async () => {
    const response = await fetch(`${room.server.url}/api/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: tokenOf(room.server.app.demoLinks?.chair ?? ""), displayName: "Chair" }),
    });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
  });

  it("lets a room fill at once: each person joins once, the room hears of them in a few events", async () => {
    const watcher = await room.chair("Watching chair");
    const from = watcher.received.length;
    const invite = async () => {
      const response = await room.operator("POST", `/api/operator/consultations/${room.consultationId}/invitations`, {
        role: "observer",
      });
      return tokenOf(((await response.json()) as { url: string }).url);
    };
    const tokens = await Promise.all(Array.from({ length: 40 }, invite));
    const revoked = await room.operator("POST", `/api/operator/consultations/${room.consultationId}/invitations`, {
      role: "observer",
    });
    const { id: revokedId, url: revokedUrl } = (await revoked.json()) as { id: string; url: string };
    await room.operator("POST", `/api/operator/consultations/${room.consultationId}/invitations/${revokedId}/revoke`);
    const attempts = [...tokens, tokenOf(revokedUrl), "forged-token-that-was-never-issued"];
    // Names that an array literal must quote: they travel in one set-wise insert.
    const nameOf = (i: number) => (i % 3 === 0 ? `Délégué "${i}", {O'Brien} \\ NULL 日本` : `Observer ${i}`);
    const responses = await Promise.all(
      attempts.map((token, i) =>
        fetch(`${room.server.url}/api/join`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ token, displayName: nameOf(i) }),
        }),
      ),
    );
    // The bad links are refused on their own; everyone else is in.
    expect(responses.map((response) => response.status)).toEqual([...tokens.map(() => 200), 401, 401]);
    const joined = await Promise.all(
      responses.slice(0, tokens.length).map(async (response) => ({
        body: (await response.json()) as { participant: { id: string; displayName: string } },
        cookie: (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
      })),
    );
    const ids = joined.map(({ body }) => body.participant.id);
    expect(new Set(ids).size).toBe(tokens.length);
    // Each session is its own person, even though they joined in one transaction.
    const clients = await Promise.all(joined.map(({ cookie }) => TestClient.connect(room.server.url, cookie)));
    expect(clients.map((client) => client.me?.participantId)).toEqual(ids);
    expect(clients.map((client) => client.me?.displayName)).toEqual(tokens.map((_, i) => nameOf(i)));
    for (const client of clients) client.close();
    await eventually(
      () => ids.every((id) => watcher.replica.state?.participants[id]),
      5000,
      "every newcomer in the chair's room",
    );
    const announcements = watcher.received.slice(from).filter((event) => event.type === "participant:joined");
    const announced = announcements.flatMap((event) => (event.patch.upsert?.participants ?? []).map((p) => p.id));
    expect(announced.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    expect(announcements.length).toBeLessThan(tokens.length / 2);
    watcher.close();
  });
});
