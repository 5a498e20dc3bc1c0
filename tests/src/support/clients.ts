import { randomUUID } from "node:crypto";
import {
  type Ack,
  applyPresenceChange,
  type ClientToServerEvents,
  type CommandInput,
  type CommandName,
  type CommandResult,
  type ConsultationEvent,
  type JoinResult,
  type Me,
  type PresenceState,
  Replica,
  type ServerToClientEvents,
  type SyncResult,
  syncOver,
} from "@trilogue/shared";
import { io, type Socket } from "socket.io-client";

/**
 * How long a test waits for an answer or an event before failing: long enough for a loaded 2-core
 * machine, and spent only when something is wrong (a test waits on the condition, not the clock).
 */
export const patienceMs = 20_000;

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The token inside an invitation link (it travels in the fragment). */
export const tokenOf = (link: string) => link.slice(link.indexOf("#") + 1);

/** Joins with an invitation link's token over HTTP; returns the session cookie. */
export async function join(
  baseUrl: string,
  link: string,
  displayName: string,
): Promise<{ cookie: string; joined: JoinResult }> {
  const response = await fetch(`${baseUrl}/api/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: tokenOf(link), displayName }),
  });
  if (!response.ok) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.get("set-cookie") ?? "";
  const cookie = setCookie.split(";")[0] ?? "";
  return { cookie, joined: (await response.json()) as JoinResult };
}

/**
 * A participant's live connection, holding state the way the browser does: a replica fed by the
 * catch-up answer and live events.
 */
export class TestClient {
  readonly received: ConsultationEvent[] = [];
  /** Every message other than `events` and `snapshot`, by name, as it arrived (what a socket heard). */
  readonly heard: { event: string; args: unknown[] }[] = [];
  presence: PresenceState = { online: [] };
  me: Me | null = null;
  private constructor(
    readonly socket: ClientSocket,
    readonly replica: Replica,
  ) {}

  /**
   * Connects with a session cookie and waits for the first catch-up. Pass the replica of an
   * earlier connection to resume from what it held, as a browser does after a reconnect.
   */
  static async connect(baseUrl: string, cookie: string, replica: Replica = new Replica()): Promise<TestClient> {
    const socket: ClientSocket = io(baseUrl, {
      transports: ["websocket"],
      extraHeaders: { cookie },
      forceNew: true,
      reconnection: false,
    });
    const client = new TestClient(socket, replica);
    socket.on("events", (events) => {
      client.received.push(...events);
      client.replica.receive(events);
      // A catch-up cut short by close() is no failure: a missing event shows as a waitForSeq timeout.
      if (client.replica.hasGap) void client.sync().catch(() => undefined);
    });
    socket.on("presence", (presence) => {
      client.presence = presence;
    });
    socket.on("presence:changed", (change) => {
      client.presence = { online: [...applyPresenceChange(client.presence.online, change)] };
    });
    socket.on("resync", () => {
      void client.sync().catch(() => undefined);
    });
    socket.on("welcome", (me) => {
      client.me = me;
    });
    socket.onAny((event: string, ...args: unknown[]) => {
      if (event !== "events" && event !== "snapshot") client.heard.push({ event, args });
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", (error) => reject(error));
    });
    client.lastSync = await client.sync();
    return client;
  }

  /** How the last catch-up answered: the events missed, or a snapshot. */
  lastSync: "events" | "snapshot" | null = null;

  /** Asks for what this client missed since its last sequence number. */
  async sync(): Promise<"events" | "snapshot"> {
    const ack = await this.catchUp(this.replica.seq);
    if (!ack.ok) throw new Error(`sync refused: ${ack.error.code} ${ack.error.message}`);
    this.replica.applySync(ack.data);
    return ack.data.kind;
  }

  /** One catch-up from `lastSeq`, whole (events, or the snapshot sent with the answer), not applied. */
  catchUp(lastSeq: number | null, timeoutMs = patienceMs): Promise<Ack<SyncResult>> {
    return syncOver(this.socket, lastSeq, timeoutMs);
  }

  /** Sends a command with a fresh idempotency key (or the given one) and returns the ack. */
  send<C extends CommandName>(
    name: C,
    payload: Omit<CommandInput<C>, "idempotencyKey">,
    idempotencyKey: string = randomUUID(),
  ): Promise<Ack<CommandResult>> {
    const emit = this.socket.timeout(patienceMs).emitWithAck as unknown as (
      event: string,
      payload: unknown,
    ) => Promise<Ack<CommandResult>>;
    return emit.call(this.socket.timeout(patienceMs), name, { ...payload, idempotencyKey });
  }

  /** Sends a command and fails the test unless it is accepted. */
  async must<C extends CommandName>(name: C, payload: Omit<CommandInput<C>, "idempotencyKey">): Promise<CommandResult> {
    const key = randomUUID();
    let ack = await this.send(name, payload, key);
    // A scripted chair outpaces any person's clicks (20 commands a second per socket): it pauses
    // and resends with the same key, as a patient client would.
    for (let retry = 0; !ack.ok && ack.error.code === "RATE_LIMITED" && retry < 20; retry++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ack = await this.send(name, payload, key);
    }
    if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} ${ack.error.message}`);
    return ack.data;
  }

  /** Resolves once this client has applied events up to `seq`. */
  async waitForSeq(seq: number, timeoutMs = patienceMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.replica.seq ?? -1) < seq) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for seq ${seq}; at ${this.replica.seq}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** Waits until `check` holds, polling; for conditions that arrive over the wire. */
export async function eventually(check: () => boolean, timeoutMs = patienceMs, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
