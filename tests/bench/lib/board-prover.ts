import { setPriority } from "node:os";
import { Worker } from "node:worker_threads";

type Answer = { count?: number; cursor?: string; ok?: boolean; hash?: string; failure?: string; error?: string };
type Request = { kind: "follow" | "finish"; pollId: string; text: string };

/**
 * A delegate page's board checks in the bench (board-prover-worker.mjs), as its Web Worker runs
 * them: while the poll is open, the thread (at the lowest priority: the pages' work is done on the
 * delegates' machines, not the server's) follows the board in parts and proves the new ballots; at
 * the close (at normal priority) it takes in the last part and verifies the board.
 */
export function startBoardProver(pollId: string) {
  const worker = new Worker(new URL("./board-prover-worker.mjs", import.meta.url));
  worker.unref();
  const waiting = new Map<number, (answer: Answer) => void>();
  let next = 1;
  let tid = 0;
  let loaded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    loaded = resolve;
  });
  worker.on("message", ({ id, answer }: { id: number; answer: Answer & { tid?: number } }) => {
    if (id === 0) {
      tid = answer.tid ?? 0;
      loaded();
    }
    waiting.get(id)?.(answer);
    waiting.delete(id);
  });
  const ask = (request: Request) =>
    new Promise<Answer>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage({ id, request });
    });
  let cursor: string | null = null;
  let busy = false;
  let again = false;
  const partOf = (url: string, from: string) => `${url}?since=${encodeURIComponent(from)}`;
  return {
    pollId,
    /** Resolves once the thread has loaded its code and lowered its priority. */
    ready,
    /** Where the page follows the board from ("" before its first part). */
    cursor: () => cursor ?? "",
    partOf,
    /**
     * Reads the part of the open board the page lacks and proves its new ballots; resolves with the
     * turnout the board read so far counts (null when no part came), as the page's `proveOpenBoard`.
     */
    async proveOpen(url: string, cookie: string): Promise<number | null> {
      if (busy) {
        again = true;
        return null;
      }
      busy = true;
      let reached: number | null = null;
      try {
        do {
          again = false;
          const response = await fetch(partOf(url, cursor ?? ""), { headers: { cookie } });
          if (response.status !== 200) continue;
          const text = await response.text();
          // As the page does: the next read starts where this part ends; the thread proves in order.
          const part = JSON.parse(text) as { cursor?: unknown; board?: { turnout?: unknown } };
          if (typeof part.cursor === "string") cursor = part.cursor;
          if (typeof part.board?.turnout === "number") reached = part.board.turnout;
          void ask({ kind: "follow", pollId, text });
        } while (again);
      } finally {
        busy = false;
      }
      return reached;
    },
    /**
     * At the close: the thread back to normal priority at once, even in the middle of a task (on
     * a delegate's machine the page would have had the CPU to itself).
     */
    hurry(): void {
      try {
        if (tid) setPriority(tid, 0);
      } catch {
        // Not allowed: the thread raises it itself at its next task.
      }
    },
    /** Takes in the last part (its text) and verifies the board: ok, and the board's hash as served. */
    finish: (text: string) => ask({ kind: "finish", pollId, text }),
    close: () => worker.terminate(),
  };
}
