import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP proxy on loopback that a test can cut and restore, to make a dependency (PostgreSQL,
 * Redis) vanish or go silent and come back, without touching the real service other tests share.
 */
export type TcpProxy = {
  /** The loopback port the proxy listens on; it stays the same across stop and start. */
  readonly port: number;
  /** Stops listening and destroys every piped connection, as if the service had died. */
  stop(): Promise<void>;
  /**
   * Keeps every connection open but lets no byte through, and accepts new connections that never
   * answer: a network partition or a frozen host, where only timeouts help.
   */
  freeze(): void;
  /** Back to normal: drops every connection held so far and forwards again, on the same port. */
  start(): Promise<void>;
};

/** Starts a proxy on 127.0.0.1 (a free port unless one is given) that pipes to `target`. */
export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let boundPort = port;
  let frozen = false;

  const track = (socket: Socket, peer?: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // Either side failing ends both; errors are expected when the proxy is cut.
    socket.on("error", () => {
      socket.destroy();
      peer?.destroy();
    });
  };

  const onConnection = (incoming: Socket) => {
    if (frozen) {
      track(incoming);
      return;
    }
    const outgoing = connect(target.port, target.host);
    track(incoming, outgoing);
    track(outgoing, incoming);
    // Not `pipe`: a frozen proxy must be able to swallow bytes in flight.
    incoming.on("data", (chunk) => {
      if (!frozen) outgoing.write(chunk);
    });
    outgoing.on("data", (chunk) => {
      if (!frozen) incoming.write(chunk);
    });
    incoming.on("end", () => outgoing.end());
    outgoing.on("end", () => incoming.end());
  };

  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  const listen = async () => {
    const next = createServer(onConnection);
    await new Promise<void>((resolve, reject) => {
      next.once("error", reject);
      next.listen(boundPort, "127.0.0.1", () => {
        next.off("error", reject);
        resolve();
      });
    });
    const address = next.address();
    if (!address || typeof address === "string") throw new Error("proxy has no port");
    boundPort = address.port;
    server = next;
  };

  await listen();
  return {
    get port() {
      return boundPort;
    },
    async stop() {
      const current = server;
      server = null;
      dropAll();
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    freeze() {
      frozen = true;
    },
    async start() {
      frozen = false;
      dropAll();
      if (!server) await listen();
    },
  };
}
