import { afterEach, describe, expect, it } from "vitest";
import type { EarlySocket } from "../boot/early-socket";
import { adoptEarlySocket } from "./early-socket";

const url = "ws://localhost:3000/socket.io/?EIO=4&transport=websocket";
const connectFrame = '40{"lastSeq":null}';

/** A stand-in for the browser's WebSocket: what it sent, and the server's side played by the test. */
class BrowserSocket extends EventTarget {
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  readyState = 0;
  binaryType: BinaryType = "blob";
  readonly sent: unknown[] = [];
  constructor(readonly url: string) {
    super();
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  close() {
    if (this.readyState === this.CLOSED) return;
    this.readyState = this.CLOSED;
    this.dispatchEvent(new Event("close"));
  }
  open() {
    this.readyState = this.OPEN;
    this.dispatchEvent(new Event("open"));
  }
  receive(data: string) {
    this.dispatchEvent(new MessageEvent("message", { data }));
  }
}

/** What the page's inline script leaves: the socket, what it heard and the connect it sent. */
function earlySocket(at = url): { ws: BrowserSocket; early: EarlySocket } {
  const ws = new BrowserSocket(at);
  const early: EarlySocket = { ws: ws as unknown as WebSocket, heard: [], sent: [], listener: null };
  const hear = (event: Event) => (early.listener ? early.listener(event) : early.heard.push(event));
  for (const type of ["open", "message", "error", "close"]) ws.addEventListener(type, hear);
  window.trilogueEarlySocket = early;
  return { ws, early };
}

/** The transport's side: its handlers, and what they were told. */
function listen(socket: NonNullable<ReturnType<typeof adoptEarlySocket>>) {
  const heard: string[] = [];
  socket.onopen = () => heard.push("open");
  socket.onmessage = (event) => heard.push(String((event as MessageEvent).data));
  socket.onclose = () => heard.push("close");
  socket.onerror = () => heard.push("error");
  return heard;
}

afterEach(() => {
  delete window.trilogueEarlySocket;
});

describe("taking over the page's early socket", () => {
  it("hands over what arrived before the app, in order, then what comes after, and connects once", async () => {
    const { ws, early } = earlySocket();
    ws.open();
    ws.receive('0{"sid":"a"}');
    ws.send(connectFrame);
    early.sent.push(connectFrame);
    ws.receive('40{"sid":"b"}');

    const socket = adoptEarlySocket(url);
    if (!socket) throw new Error("not taken");
    const heard = listen(socket);
    await Promise.resolve();
    expect(heard).toEqual(["open", '0{"sid":"a"}', '40{"sid":"b"}']);
    ws.receive('42["welcome",{}]');
    expect(heard.at(-1)).toBe('42["welcome",{}]');

    // The app's own connect is the one already sent: not sent again; what follows goes out.
    socket.send(connectFrame);
    socket.send("3");
    expect(ws.sent).toEqual([connectFrame, "3"]);
    expect(window.trilogueEarlySocket).toBeUndefined();
  });

  it("closes rather than connect a second time with other words", async () => {
    const { ws, early } = earlySocket();
    ws.open();
    ws.receive('0{"sid":"a"}');
    ws.send(connectFrame);
    early.sent.push(connectFrame);
    const socket = adoptEarlySocket(url);
    if (!socket) throw new Error("not taken");
    const heard = listen(socket);
    await Promise.resolve();
    socket.send('40{"lastSeq":7}');
    expect(ws.sent).toEqual([connectFrame]);
    expect(heard.at(-1)).toBe("close");
  });

  it("leaves the transport to open its own when there is none, it closed, or it is for another address", () => {
    expect(adoptEarlySocket(url)).toBeNull();

    const closed = earlySocket();
    closed.ws.close();
    expect(adoptEarlySocket(url)).toBeNull();

    const elsewhere = earlySocket("ws://localhost:3000/other/?EIO=4&transport=websocket");
    expect(adoptEarlySocket(url)).toBeNull();
    expect(elsewhere.ws.readyState).toBe(elsewhere.ws.CLOSED);
    expect(window.trilogueEarlySocket).toBeUndefined();
  });

  it("passes on the open of a socket still connecting when taken", async () => {
    const { ws } = earlySocket();
    const socket = adoptEarlySocket(url);
    if (!socket) throw new Error("not taken");
    const heard = listen(socket);
    await Promise.resolve();
    ws.open();
    ws.receive('0{"sid":"a"}');
    expect(heard).toEqual(["open", '0{"sid":"a"}']);
    socket.send(connectFrame);
    expect(ws.sent).toEqual([connectFrame]);
  });
});
