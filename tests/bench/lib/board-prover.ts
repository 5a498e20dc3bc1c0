import { Worker } from "node:worker_threads";

type Answer = { count?: number; ok?: boolean; hash?: string; proven?: number; error?: string };

/**
 * A delegate page's board checks in the bench (board-prover-worker.mjs): one worker thread per
 * generator process, as a page has one Web Worker; requests answered in order.
 */
export function startBoardProver() {
  const worker = new Worker(new URL("./board-prover-worker.mjs", import.meta.url));
  worker.unref();
  const waiting = new Map<number, (answer: Answer) => void>();
  let next = 1;
  worker.on("message", ({ id, answer }: { id: number; answer: Answer }) => {
    waiting.get(id)?.(answer);
    waiting.delete(id);
  });
  const ask = (request: { kind: "prove" | "verify"; text: string }) =>
    new Promise<Answer>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage({ id, request });
    });
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
          await ask({ kind: "prove", text: await response.text() });
          etag = response.headers.get("etag");
        } while (again);
      } finally {
        busy = false;
      }
    },
    verify: (text: string) => ask({ kind: "verify", text }),
    close: () => worker.terminate(),
  };
}
