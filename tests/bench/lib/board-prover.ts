import { Worker } from "node:worker_threads";

type Answer = {
  count?: number;
  ok?: boolean;
  hash?: string;
  proven?: Record<string, string[]> | number;
  error?: string;
};
type Request =
  | { kind: "prove" | "verify"; text: string }
  | { kind: "proven" }
  | { kind: "adopt"; proven: Record<string, string[]> };

function thread(idle: boolean) {
  const worker = new Worker(new URL("./board-prover-worker.mjs", import.meta.url), { workerData: { idle } });
  worker.unref();
  const waiting = new Map<number, (answer: Answer) => void>();
  let next = 1;
  worker.on("message", ({ id, answer }: { id: number; answer: Answer }) => {
    waiting.get(id)?.(answer);
    waiting.delete(id);
  });
  const ask = (request: Request) =>
    new Promise<Answer>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage({ id, request });
    });
  return { ask, close: () => worker.terminate() };
}

/**
 * A delegate page's board checks in the bench (board-prover-worker.mjs), as its Web Worker runs
 * them: while the poll is open, a thread at the lowest priority proves the new ballots (the
 * pages' work is done on the delegates' machines, not the server's); at the close, a thread at
 * normal priority verifies the board with what the first proved.
 */
export function startBoardProver() {
  const proving = thread(true);
  const verifying = thread(false);
  let etag: string | null = null;
  let busy = false;
  let again = false;
  return {
    /** Reads the open board (when changed, by its ETag) and proves its new ballots. */
    async proveOpen(url: string, cookie: string): Promise<void> {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        do {
          again = false;
          const response = await fetch(url, { headers: { cookie, ...(etag ? { "if-none-match": etag } : {}) } });
          if (response.status !== 200) continue;
          await proving.ask({ kind: "prove", text: await response.text() });
          etag = response.headers.get("etag");
        } while (again);
      } finally {
        busy = false;
      }
    },
    async verify(text: string): Promise<Answer> {
      const { proven } = await proving.ask({ kind: "proven" });
      if (proven && typeof proven === "object") await verifying.ask({ kind: "adopt", proven });
      return verifying.ask({ kind: "verify", text });
    },
    close: () => Promise.all([proving.close(), verifying.close()]),
  };
}
