import { WebSocket as WebSocketTransport } from "socket.io-client";
import type { EarlySocket } from "../boot/early-socket";

/** The part of a browser `WebSocket` Engine.IO's WebSocket transport uses. */
type TransportSocket = {
  binaryType: BinaryType;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  onclose: ((event: Event) => void) | null;
  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void;
  close(code?: number, reason?: string): void;
};

const sameEndpoint = (a: string, b: string) => {
  const [x, y] = [new URL(a), new URL(b)];
  return x.host === y.host && x.pathname === y.pathname && x.search === y.search;
};

/**
 * Takes the socket the page's first script opened for this URL (`client/src/boot/early-socket.ts`),
 * once: what it heard so far is replayed to the transport's handlers, in order, then it passes
 * events on as they come. The Socket.IO connect that script sent is not sent twice: the app's own
 * connect, the same frame, is dropped; any other frame first closes the socket, and Socket.IO
 * reconnects on a fresh one, so the server never sees two connects on one link. Null when there
 * is none for this URL or it has closed: the transport opens its own.
 */
export function adoptEarlySocket(url: string, env: Window | null = globalThis.window ?? null): TransportSocket | null {
  const early: EarlySocket | undefined = env?.trilogueEarlySocket;
  if (!env || !early) return null;
  delete env.trilogueEarlySocket;
  const { ws } = early;
  if (!sameEndpoint(ws.url, url) || ws.readyState === ws.CLOSING || ws.readyState === ws.CLOSED) {
    ws.close();
    return null;
  }
  const alreadySent = [...early.sent];
  const adopted: TransportSocket = {
    get binaryType() {
      return ws.binaryType;
    },
    set binaryType(type) {
      ws.binaryType = type;
    },
    onopen: null,
    onmessage: null,
    onerror: null,
    onclose: null,
    send(data) {
      if (alreadySent.length > 0) {
        if (data === alreadySent.shift()) return;
        ws.close();
        return;
      }
      ws.send(data);
    },
    close: (code, reason) => ws.close(code, reason),
  };
  const dispatch = (event: Event) => {
    const handler = {
      open: adopted.onopen,
      message: adopted.onmessage,
      error: adopted.onerror,
      close: adopted.onclose,
    }[event.type];
    handler?.(event);
  };
  // After the transport has set its handlers (right after it gets the socket, in the same turn),
  // and before any further event, which the browser delivers in a task of its own.
  queueMicrotask(() => {
    for (const event of early.heard.splice(0)) dispatch(event);
    early.listener = dispatch;
  });
  return adopted;
}

/** Socket.IO's WebSocket transport, taking over the page's early socket when there is one. */
export class EarlyWebSocketTransport extends WebSocketTransport {
  override createSocket(uri: string, protocols: string | string[] | undefined, opts: Record<string, unknown>) {
    return adoptEarlySocket(uri) ?? super.createSocket(uri, protocols, opts);
  }
}
