import { randomBytes } from "node:crypto";
import type { AgendaItem, Constituency, ConsultationEvent, IssueInvitationBody } from "@trilogue/shared";
import { expect } from "vitest";
import { join, TestClient } from "../support/clients.js";
import type { TestServer } from "../support/server.js";

/** A fresh secret-ballot receipt nonce: 32 random bytes, base64url, as the browser makes it. */
export const newNonce = () => randomBytes(32).toString("base64url");

/** The demo consultation made live, with the first item under discussion and the chair connected. */
export type Room = {
  consultationId: string;
  chair: TestClient;
  item: AgendaItem;
  /** A connected delegate of a demo delegation (joined once per name and cached). */
  delegate(name: string): Promise<TestClient>;
  /** The id of a demo delegation. */
  delegationId(name: string): string;
  /** Connects someone with a new invitation of the given role. */
  invite(body: IssueInvitationBody, displayName?: string): Promise<TestClient>;
  /** The session cookie a client connected with, for HTTP calls as that person. */
  cookieOf(client: TestClient): string;
  close(): void;
};

export async function openRoom(server: TestServer): Promise<Room> {
  const links = server.app.demoLinks;
  if (!links) throw new Error("the test server has no demo consultation");
  const clients: TestClient[] = [];
  const cookies = new Map<TestClient, string>();
  const connect = async (link: string, name: string) => {
    const { cookie } = await join(server.url, link, name);
    const client = await TestClient.connect(server.url, cookie);
    clients.push(client);
    cookies.set(client, cookie);
    return client;
  };
  const chair = await connect(links.chair, "Fodé Seck");
  await chair.must("consultation:set-status", { status: "live" });
  const items = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position);
  const first = items[0];
  if (!first) throw new Error("the demo has no agenda");
  const opened = await chair.must("agenda:open", { itemId: first.id });
  await chair.waitForSeq(opened.seq);
  const delegates = new Map<string, TestClient>();
  const delegationId = (name: string) => {
    const found = Object.values(chair.replica.state?.delegations ?? {}).find((d) => d.name === name);
    if (!found) throw new Error(`no demo delegation ${name}`);
    return found.id;
  };
  return {
    consultationId: links.consultationId,
    chair,
    item: chair.replica.state?.items[first.id] ?? first,
    delegationId,
    async delegate(name) {
      const known = delegates.get(name);
      if (known) return known;
      const link = links.delegations.find((d) => d.name === name)?.url;
      if (!link) throw new Error(`no demo delegation ${name}`);
      const client = await connect(link, `Delegate of ${name}`);
      delegates.set(name, client);
      return client;
    },
    async invite(body, displayName = `${body.role} ${clients.length}`) {
      const invitation = await operator(
        server,
        `/api/operator/consultations/${links.consultationId}/invitations`,
        body,
      );
      return connect((invitation as { url: string }).url, displayName);
    },
    cookieOf(client) {
      return cookies.get(client) ?? "";
    },
    close() {
      for (const client of clients) client.close();
    },
  };
}

/** Calls the operator HTTP API with the bearer token; returns the JSON answer. */
export async function operator(server: TestServer, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.operatorToken}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Registers a delegation and issues a delegate link for it. */
export async function registerDelegation(
  server: TestServer,
  consultationId: string,
  name: string,
  constituencies: Constituency[],
): Promise<{ id: string; url: string }> {
  const base = `/api/operator/consultations/${consultationId}`;
  const delegation = (await operator(server, `${base}/delegations`, { name, countryCode: null, constituencies })) as {
    id: string;
  };
  const invitation = (await operator(server, `${base}/invitations`, {
    role: "delegate",
    delegationId: delegation.id,
  })) as {
    url: string;
  };
  return { id: delegation.id, url: invitation.url };
}

/** The events appended after `seq`, read back from the server's log by a fresh catch-up. */
export async function eventsAfter(client: TestClient, seq: number): Promise<ConsultationEvent[]> {
  const ack = await client.catchUp(seq);
  if (!ack.ok) throw new Error(`sync refused: ${ack.error.message}`);
  if (ack.data.kind !== "events") throw new Error("expected events, got a snapshot");
  return ack.data.events;
}

/** The head of the log as the server has it now. */
export async function headSeq(client: TestClient): Promise<number> {
  await client.sync();
  return client.replica.seq ?? 0;
}

/** Expects a command to be refused with `code`, appending nothing to the log. */
export async function expectRefused(
  client: TestClient,
  send: () => ReturnType<TestClient["send"]>,
  code: string,
  observer: TestClient = client,
): Promise<void> {
  const before = await headSeq(observer);
  const ack = await send();
  expect(ack.ok ? "accepted" : ack.error.code).toBe(code);
  expect(await eventsAfter(observer, before)).toEqual([]);
}
