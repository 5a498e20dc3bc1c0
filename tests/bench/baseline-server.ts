/**
 * The same-run baseline: a bare Socket.IO server with nothing behind it, in a process of its own;
 * it prints its port on stdout.
 *
 * Fan-out: a client sends the frame to broadcast once ("payload"), then each "broadcast" (a
 * sequence number) makes the server emit that frame, numbered, to every connected client, exactly
 * as Trilogue emits committed events.
 *
 * Storms: "storm:setup" hands the server a payload the size of Trilogue's snapshot and one the size
 * of its final tally, and how many votes make the room. Join storm: each client connects and asks
 * "storm:sync", answered with the snapshot-sized payload (Trilogue's catch-up), encoded once and
 * sent to each as the same bytes (a binary attachment), as Trilogue sends a snapshot frame that
 * every client parses. Vote storm: each
 * client sends "storm:vote", acknowledged at once; the last expected vote makes the server emit the
 * tally-sized payload once to every client.
 */
import { createServer } from "node:http";
import { Server } from "socket.io";

type Frame = Record<string, unknown>[];

const http = createServer();
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 * 1024 });
let frame: Frame = [];
const stormState: { snapshot: Buffer; tally: unknown; expected: number; votes: number } = {
  snapshot: Buffer.alloc(0),
  tally: null,
  expected: 0,
  votes: 0,
};

io.on("connection", (socket) => {
  socket.on("payload", (payload: Frame, ack: () => void) => {
    frame = payload;
    ack();
  });
  socket.on("broadcast", (seq: number) => {
    // A fresh object per broadcast: Trilogue serialises each frame it emits too.
    io.emit(
      "events",
      frame.map((event) => ({ ...event, seq })),
    );
  });
  socket.on("storm:setup", (setup: { snapshot: unknown; tally: unknown; expected: number }, ack: () => void) => {
    stormState.snapshot = Buffer.from(JSON.stringify(setup.snapshot));
    stormState.tally = setup.tally;
    stormState.expected = setup.expected;
    stormState.votes = 0;
    ack();
  });
  socket.on("storm:sync", (ack: (snapshot: Buffer) => void) => {
    if (typeof ack === "function") ack(stormState.snapshot);
  });
  socket.on("storm:vote", (_choice: number, ack: (accepted: boolean) => void) => {
    stormState.votes += 1;
    if (typeof ack === "function") ack(true);
    if (stormState.votes === stormState.expected) io.emit("storm:tally", stormState.tally);
  });
});

// The same accept queue as Trilogue's server (server.ts), so that a storm's connections wait alike.
http.listen({ port: 0, host: "127.0.0.1", backlog: 4096 }, () => {
  const address = http.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 })}\n`);
});
process.on("SIGTERM", () => {
  io.close();
  process.exit(0);
});
