/**
 * The page's first script, an entry of its own with no imports, run as a classic script before
 * the stylesheet and the app's scripts (`client/build/early-socket.ts` names it in index.html). On
 * the room's pages it opens the live link before the app's scripts are evaluated and rendered,
 * so the WebSocket's handshake (a round trip: 400 ms on a field mission's link) and the Socket.IO
 * connect overlap that work instead of following it. The app takes the socket over when its
 * connection starts (`client/src/realtime/early-socket.ts`) and hears what arrived meanwhile, in
 * order. The server stays the judge: the session cookie rides on the handshake as before, and a
 * refusal reaches the app as it would have.
 */

/** The socket as this script leaves it for the app. */
export type EarlySocket = {
  ws: WebSocket;
  /** What it heard before the app took it, in order. */
  heard: Event[];
  /** Frames it sent on the app's behalf (the Socket.IO connect), in order. */
  sent: string[];
  /** Set by the app when it takes the socket: every event from then on goes there. */
  listener: ((event: Event) => void) | null;
};

declare global {
  interface Window {
    trilogueEarlySocket?: EarlySocket;
  }
}

// A classic script shares the page's global scope: its names stay inside.
(() => {
  /** The pages whose app opens the live link at once (as `main.tsx` decides); not `/display#<token>`. */
  const path = location.pathname.replace(/\/+$/, "");
  const opensAtOnce = path === "/room" || path === "/convergence" || (path === "/display" && location.hash.length <= 1);
  if (!opensAtOnce || typeof WebSocket !== "function") return;

  /**
   * Socket.IO's connect to the default namespace with the handshake's `auth` of a page that holds
   * no state yet (`HandshakeAuth` without a `lastSeq`: the server sends a snapshot), the frame the
   * app's connection sends on its first connect.
   */
  const connectFrame = '40{"lastSeq":null}';
  /** Not taken by then (the app failed to start): closed, rather than left to the server's heartbeat. */
  const unclaimedMs = 60_000;

  const scheme = location.protocol === "https:" ? "wss" : "ws";
  // The URL Socket.IO's client builds for its WebSocket transport (path `/socket.io/`, Engine.IO 4).
  const ws = new WebSocket(`${scheme}://${location.host}/socket.io/?EIO=4&transport=websocket`);
  ws.binaryType = "arraybuffer";
  const early: EarlySocket = { ws, heard: [], sent: [], listener: null };
  const hear = (event: Event) => {
    if (early.listener) return early.listener(event);
    early.heard.push(event);
    // Engine.IO's open packet: connect at once, so that the welcome and the snapshot are on their way too.
    if (event instanceof MessageEvent && early.sent.length === 0 && String(event.data).startsWith("0")) {
      ws.send(connectFrame);
      early.sent.push(connectFrame);
    }
  };
  for (const type of ["open", "message", "error", "close"]) ws.addEventListener(type, hear);
  window.trilogueEarlySocket = early;
  setTimeout(() => {
    if (early.listener) return;
    if (window.trilogueEarlySocket === early) delete window.trilogueEarlySocket;
    ws.close();
  }, unclaimedMs);
})();
