import type { VerifierAnswer, VerifierRequest } from "./board-verifier";

/**
 * The page's side of the board checks: one Web Worker per page, started at the first check (the
 * curve arithmetic loads with it, never with the delegate view), or the same checks in the page
 * where there are no workers. Requests are answered in order.
 */
let worker: Worker | null | undefined;
let next = 1;
const waiting = new Map<number, (answer: VerifierAnswer) => void>();

function started(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined") {
    worker = null;
    return worker;
  }
  const created = new Worker(new URL("./board-worker.ts", import.meta.url), { type: "module" });
  created.onmessage = (message: MessageEvent<{ id: number; answer: VerifierAnswer }>) => {
    const settle = waiting.get(message.data.id);
    waiting.delete(message.data.id);
    settle?.(message.data.answer);
  };
  created.onerror = () => {
    // A worker that cannot run: the checks run in the page from now on.
    worker = null;
    for (const settle of waiting.values()) settle({ kind: "unreadable" });
    waiting.clear();
  };
  worker = created;
  return worker;
}

export async function askVerifier(request: VerifierRequest): Promise<VerifierAnswer> {
  const running = started();
  if (!running) {
    const { answer } = await import("./board-verifier");
    return answer(request);
  }
  const id = next++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    running.postMessage({ id, request });
  });
}

/**
 * While a secret poll is open: reads its board (only when it changed, by its ETag) and proves the
 * ballots not seen before, in the worker. One read at a time per poll; a read asked for meanwhile
 * is made once the current one is over.
 */
const reading = new Map<string, { etag: string | null; busy: boolean; again: boolean }>();

export async function proveOpenBoard(url: string, pollId: string): Promise<void> {
  const state = reading.get(pollId) ?? { etag: null, busy: false, again: false };
  reading.set(pollId, state);
  if (state.busy) {
    state.again = true;
    return;
  }
  state.busy = true;
  try {
    do {
      state.again = false;
      const response = await fetch(url, {
        credentials: "same-origin",
        headers: state.etag ? { "if-none-match": state.etag } : {},
      });
      if (response.status !== 200) continue;
      const text = await response.text();
      await askVerifier({ kind: "prove", text });
      state.etag = response.headers.get("etag");
    } while (state.again);
  } catch {
    // Nothing proved now: the close checks everything.
  } finally {
    state.busy = false;
  }
}
