import type { Role } from "@trilogue/shared";
import { join, TestClient } from "./clients.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./databases.js";
import { startServer, type TestServer } from "./server.js";

/** A running server with its demo consultation, and helpers to bring people into the room. */
export type Room = {
  database: TestDatabase;
  server: TestServer;
  consultationId: string;
  /** Joins with the chair's link and connects. */
  chair(name?: string): Promise<TestClient>;
  /** Joins as the delegate of a demo delegation (by name) and connects. */
  delegate(delegationName: string, person?: string): Promise<TestClient>;
  /** Issues a fresh link through the operator API and joins with it. */
  invite(role: Role, delegationName?: string | null, person?: string): Promise<TestClient>;
  delegationId(name: string): string;
  /** Calls the operator HTTP API. */
  operator(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
};

/** Opens a room on a new database; `env` adds to the server's configuration. */
export async function openRoom(kind: DatabaseKind, env: Record<string, string> = {}): Promise<Room> {
  const database = await createTestDatabase(kind);
  const server = await startServer(database, env);
  const links = server.app.demoLinks;
  if (!links) throw new Error("the demo was not created");
  const clients: TestClient[] = [];
  const connect = async (link: string, person: string) => {
    const { cookie } = await join(server.url, link, person);
    const client = await TestClient.connect(server.url, cookie);
    clients.push(client);
    return client;
  };
  const delegationIds = new Map<string, string>();
  const operator = (method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${server.operatorToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const detail = (await (await operator("GET", `/api/operator/consultations/${links.consultationId}`)).json()) as {
    delegations: { id: string; name: string }[];
  };
  for (const delegation of detail.delegations) delegationIds.set(delegation.name, delegation.id);
  const delegationId = (name: string) => {
    const id = delegationIds.get(name);
    if (!id) throw new Error(`no delegation ${name}`);
    return id;
  };

  return {
    database,
    server,
    consultationId: links.consultationId,
    chair: (name = "Chair") => connect(links.chair, name),
    delegate: (delegationName, person = `Delegate of ${delegationName}`) => {
      const link = links.delegations.find((delegation) => delegation.name === delegationName)?.url;
      if (!link) throw new Error(`no demo delegation ${delegationName}`);
      return connect(link, person);
    },
    invite: async (role, delegationName = null, person = `A ${role}`) => {
      const response = await operator("POST", `/api/operator/consultations/${links.consultationId}/invitations`, {
        role,
        delegationId: delegationName ? delegationId(delegationName) : null,
      });
      if (response.status !== 201) throw new Error(`invitation refused: ${await response.text()}`);
      const { url } = (await response.json()) as { url: string };
      return connect(url, person);
    },
    delegationId,
    operator,
    close: async () => {
      for (const client of clients) client.close();
      await server.close();
      await database.drop();
    },
  };
}
