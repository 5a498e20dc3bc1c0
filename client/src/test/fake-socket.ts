import { type Ack, encodeSnapshot, type HandshakeAuth, type Snapshot } from "@trilogue/shared";
import type { HandshakeAuthSource } from "../realtime/connection";
import type { ClientSocket } from "../realtime/socket-types";

type Handler = (...args: never[]) => void;

/** What the fake server answers to one emit: an ack, a lost answer, or silence until disconnect. */
export type Reply = Ack<unknown> | "lost" | "hang";

/** One emit the client made. */
export type Sent = { event: string; payload: unknown };

/**
 * A stand-in for the Socket.IO client: records emits, answers them with `respond`, and lets a
 * test play the server's side (`serverEmit`) and the network's (`dropConnection`, `reconnect`).
 */
export class FakeSocket {
  connected = false;
  active = true;
  readonly sent: Sent[] = [];
  /** What each handshake carried in `auth` (read at every connect, as Socket.IO does). */
  readonly handshakes: HandshakeAuth[] = [];
  /** Whether this server sends the catch-up on connect when the handshake carries `lastSeq` (today's server does). */
  pushesCatchUp = true;
  private auth: HandshakeAuthSource | undefined;
  respond: (event: string, payload: unknown) => Reply = () => ({ ok: true, data: { seq: 0 } });
  private handlers = new Map<string, Handler[]>();
  private hanging: ((error: Error) => void)[] = [];

  on(event: string, handler: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  off(event: string, handler: Handler) {
    this.handlers.set(
      event,
      (this.handlers.get(event) ?? []).filter((h) => h !== handler),
    );
    return this;
  }
  removeAllListeners() {
    this.handlers.clear();
    return this;
  }
  connect() {
    this.connected = true;
    this.active = true;
    let auth: HandshakeAuth | undefined;
    this.auth?.((sent) => {
      auth = sent;
      this.handshakes.push(sent);
    });
    this.fire("connect");
    // As the server: the handshake asked for a catch-up, which follows the connection unasked.
    if (auth && this.pushesCatchUp) {
      const reply = this.respond("sync", auth);
      if (reply !== "lost" && reply !== "hang") this.fire("catch-up", this.asServerSends("sync", reply));
    }
    return this;
  }
  disconnect() {
    this.drop("io client disconnect");
    this.active = false;
    return this;
  }
  timeout(_ms: number) {
    return {
      emitWithAck: (event: string, payload: unknown) => {
        this.sent.push({ event, payload });
        const reply = this.respond(event, payload);
        if (reply === "lost") return Promise.reject(new Error("operation has timed out"));
        if (reply === "hang") return new Promise((_resolve, reject) => this.hanging.push(reject));
        return Promise.resolve(this.asServerSends(event, reply));
      },
    };
  }

  /**
   * A `respond` may answer `sync` with a snapshot; the real server sends it as a `snapshot` event
   * just before an answer that names its seq, and so does this fake.
   */
  private asServerSends(event: string, reply: Ack<unknown>): Ack<unknown> {
    const data = reply.ok ? (reply.data as { kind?: string; snapshot?: Snapshot }) : undefined;
    if (event !== "sync" || data?.kind !== "snapshot" || !data.snapshot) return reply;
    this.fire("snapshot", encodeSnapshot(data.snapshot));
    return { ok: true, data: { kind: "snapshot-sent", seq: data.snapshot.seq } };
  }

  /** The server sends an event to this client. */
  serverEmit(event: string, ...args: unknown[]) {
    this.fire(event, ...args);
  }
  /** The network drops: unanswered emits fail, as Socket.IO's do on disconnect. */
  dropConnection() {
    this.drop("transport close");
  }
  /** Emits of one event name, by payload. */
  payloads(event: string): unknown[] {
    return this.sent.filter((s) => s.event === event).map((s) => s.payload);
  }
  /** This fake, typed as the real client for `createConnection`; `auth` as `io({ auth })` takes it. */
  asClient(auth?: HandshakeAuthSource): ClientSocket {
    this.auth = auth;
    return this as unknown as ClientSocket;
  }

  private drop(reason: string) {
    if (!this.connected) return;
    this.connected = false;
    for (const reject of this.hanging.splice(0)) reject(new Error("socket has been disconnected"));
    this.fire("disconnect", reason);
  }
  private fire(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) (handler as (...a: unknown[]) => void)(...args);
  }
}
