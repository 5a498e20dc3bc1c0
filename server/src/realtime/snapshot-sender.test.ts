import { decodeSnapshot, type Snapshot, type SnapshotBytes } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { createSnapshotSender, type Io } from "./snapshot-sender.js";

/** An io whose local broadcasts are recorded: to which sockets, which snapshot, which bytes. */
function recordingIo() {
  const broadcasts: { to: string[]; seq: number }[] = [];
  const sent: SnapshotBytes[] = [];
  const io = {
    local: {
      to: (to: string[]) => ({
        emit: (_event: "snapshot", bytes: SnapshotBytes) => {
          sent.push(bytes);
          broadcasts.push({ to: [...to], seq: decodeSnapshot(bytes).seq });
        },
      }),
    },
  } as unknown as Io;
  return { io, broadcasts, sent };
}

describe("snapshot sends", () => {
  it("sends a snapshot asked for together as one broadcast, and again at most once per gap", async () => {
    const { io, broadcasts, sent } = recordingIo();
    const send = createSnapshotSender(io, 40);
    const snapshot = { seq: 7 } as Snapshot;
    await Promise.all([send("a", snapshot), send("b", snapshot)]);
    expect(broadcasts).toEqual([{ to: ["a", "b"], seq: 7 }]);
    // Asked again right after, in two turns: one more broadcast, after the gap.
    const began = performance.now();
    const later = send("c", snapshot);
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([later, send("d", snapshot)]);
    expect(performance.now() - began).toBeGreaterThanOrEqual(30);
    expect(broadcasts).toEqual([
      { to: ["a", "b"], seq: 7 },
      { to: ["c", "d"], seq: 7 },
    ]);
    // The same snapshot went out as the same bytes, encoded once.
    expect(sent[1]).toBe(sent[0]);
    // Another snapshot is not held back by the first one's gap.
    await send("e", { seq: 8 } as Snapshot);
    expect(broadcasts.at(-1)).toEqual({ to: ["e"], seq: 8 });
  });
});
