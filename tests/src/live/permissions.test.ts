import { randomUUID } from "node:crypto";
import { type CommandName, commandNames, type Role } from "@trilogue/shared";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisionPermissionMatrix } from "../decisions/permission-matrix.js";
import { draftingPermissionMatrix } from "../drafting/permission-matrix.js";
import { join, TestClient } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";
import { queryRows } from "../support/server.js";

/** Who may send what, written out by hand from the rules (not derived from the code under test). */
type Sender = Role | "outsider";
const senders: Sender[] = ["chair", "secretary", "delegate", "adviser", "observer", "outsider"];

type Ids = { itemId: string; otherItemId: string; requestId: string };
const matrix: Record<string, { allowed: Sender[]; payload: (ids: Ids) => Record<string, unknown> }> = {
  "consultation:set-status": { allowed: ["chair"], payload: () => ({ status: "suspended" }) },
  "agenda:add": { allowed: ["chair"], payload: () => ({ title: "Any other business" }) },
  "agenda:remove": { allowed: ["chair"], payload: (ids) => ({ itemId: ids.otherItemId }) },
  "agenda:open": { allowed: ["chair"], payload: (ids) => ({ itemId: ids.otherItemId }) },
  "agenda:set-time-box": { allowed: ["chair"], payload: (ids) => ({ itemId: ids.itemId, timeBoxSeconds: 600 }) },
  "agenda:set-speaking-time": {
    allowed: ["chair"],
    payload: (ids) => ({ itemId: ids.itemId, speakingTimeSeconds: 90 }),
  },
  "agenda:reorder": { allowed: ["chair"], payload: (ids) => ({ itemIds: [ids.otherItemId, ids.itemId] }) },
  "agenda:conclude": { allowed: ["chair"], payload: (ids) => ({ itemId: ids.itemId, conclusion: "Concluded." }) },
  "agenda:reopen": { allowed: ["chair"], payload: (ids) => ({ itemId: ids.itemId }) },
  "floor:request": { allowed: ["delegate"], payload: () => ({ kind: "speaker" }) },
  "floor:withdraw": { allowed: ["delegate", "chair"], payload: (ids) => ({ requestId: ids.requestId }) },
  "floor:give": { allowed: ["chair"], payload: (ids) => ({ requestId: ids.requestId }) },
  "floor:set-time": { allowed: ["chair"], payload: () => ({ speakingTimeSeconds: 60 }) },
  "floor:end-turn": { allowed: ["chair"], payload: () => ({}) },
  ...decisionPermissionMatrix,
  ...draftingPermissionMatrix,
  // The secretary drafts the summary's narrative; the chair finalises it.
  "summary:edit-draft": {
    allowed: ["secretary"],
    payload: () => ({ narrative: { overview: "A frank exchange.", items: [], followUp: [] }, baseRevision: 0 }),
  },
  "summary:finalise": { allowed: ["chair"], payload: () => ({ revision: 999 }) },
  "display:show": { allowed: ["chair"], payload: () => ({ content: { kind: "message", text: "Coffee break." } }) },
};

/**
 * A connection may send 40 commands at once, refilled at 20 a second (realtime/socket-server.ts);
 * the matrix holds more commands than that, so a sender pauses before its burst would run out.
 */
const sentBy = new Map<TestClient, number>();
async function paced(client: TestClient): Promise<TestClient> {
  const sent = (sentBy.get(client) ?? 0) + 1;
  sentBy.set(client, sent);
  if (sent % 30 === 0) await new Promise((resolve) => setTimeout(resolve, 1600));
  return client;
}

describe.each(databaseKinds)("permissions on %s", (kind) => {
  let room: Room;
  let clients: Record<Sender, TestClient>;
  let ids: Ids;

  const headSeq = async () => {
    const rows = await queryRows<{ last_seq: number }>(
      room.server.app,
      `select last_seq from consultations where id = '${room.consultationId}'`,
    );
    return Number(rows[0]?.last_seq);
  };

  beforeAll(async () => {
    room = await openRoom(kind);
    const chair = await room.chair();
    const rwanda = await room.delegate("Rwanda");
    // Someone of another consultation, created and invited through the operator API.
    const created = await room.operator("POST", "/api/operator/consultations", {
      title: "Another meeting",
      date: "2016-11-03",
    });
    const other = (await created.json()) as { id: string };
    const delegation = await room.operator("POST", `/api/operator/consultations/${other.id}/delegations`, {
      name: "Nepal",
      countryCode: "NP",
      constituencies: ["tpcc"],
    });
    const nepal = (await delegation.json()) as { id: string };
    const invitation = await room.operator("POST", `/api/operator/consultations/${other.id}/invitations`, {
      role: "delegate",
      delegationId: nepal.id,
    });
    const { cookie } = await join(room.server.url, ((await invitation.json()) as { url: string }).url, "Outsider");
    clients = {
      chair,
      delegate: rwanda,
      secretary: await room.invite("secretary"),
      adviser: await room.invite("adviser", "Rwanda"),
      observer: await room.invite("observer"),
      outsider: await TestClient.connect(room.server.url, cookie),
    };
    await chair.must("consultation:set-status", { status: "live" });
    const items = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position);
    await chair.must("agenda:open", { itemId: items[0]?.id ?? "" });
    const request = await rwanda.must("floor:request", { kind: "speaker" });
    ids = { itemId: items[0]?.id ?? "", otherItemId: items[1]?.id ?? "", requestId: request.id ?? "" };
  });
  afterAll(() => room.close());

  it("has an entry for every command", () => {
    expect(Object.keys(matrix).sort()).toEqual([...commandNames].sort());
  });

  it.each(senders)("refuses %s every command it may not send, and the log does not move", async (sender) => {
    for (const name of commandNames) {
      const entry = matrix[name];
      if (!entry || entry.allowed.includes(sender)) continue;
      const before = await headSeq();
      const ack = await (await paced(clients[sender])).send(name as CommandName, entry.payload(ids) as never);
      expect(ack.ok, `${sender} ${name}`).toBe(false);
      if (!ack.ok) expect(["FORBIDDEN", "NOT_FOUND", "CONFLICT"], `${sender} ${name}`).toContain(ack.error.code);
      if (sender !== "outsider" && !ack.ok) expect(ack.error.code, `${sender} ${name}`).toBe("FORBIDDEN");
      expect(await headSeq(), `${sender} ${name}`).toBe(before);
    }
  });

  it("lets each allowed sender through the gate", async () => {
    for (const name of commandNames) {
      for (const sender of matrix[name]?.allowed ?? []) {
        const ack = await (await paced(clients[sender])).send(name as CommandName, matrix[name]?.payload(ids) as never);
        if (!ack.ok)
          expect(["FORBIDDEN", "UNAUTHENTICATED", "VALIDATION"], `${sender} ${name}`).not.toContain(ack.error.code);
      }
    }
  });

  it("refuses a socket with no session at the handshake", async () => {
    const socket = io(room.server.url, { transports: ["websocket"], forceNew: true, reconnection: false });
    const error = await new Promise<Error & { data?: { code?: string } }>((resolve) =>
      socket.once("connect_error", resolve),
    );
    socket.close();
    expect(error.data?.code).toBe("UNAUTHENTICATED");
  });

  it("never lets a command reach another consultation", async () => {
    const before = await headSeq();
    const ack = await clients.outsider.send("floor:withdraw", { requestId: ids.requestId }, randomUUID());
    expect(ack).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await headSeq()).toBe(before);
  });
});
