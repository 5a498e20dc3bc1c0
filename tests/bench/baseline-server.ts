/**
 * The fan-out baseline: a bare Socket.IO server with nothing behind it. A client sends the frame
 * to broadcast once ("payload"), then each "broadcast" (a sequence number) makes the server emit
 * that frame, numbered, to every connected client, exactly as Trilogue emits committed events.
 * Run as its own process; it prints its port on stdout.
 */
import { createServer } from "node:http";
import { Server } from "socket.io";

type Frame = Record<string, unknown>[];

const http = createServer();
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 1024 * 1024 });
let frame: Frame = [];

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
});

http.listen(0, "127.0.0.1", () => {
  const address = http.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 })}\n`);
});
process.on("SIGTERM", () => {
  io.close();
  process.exit(0);
});
