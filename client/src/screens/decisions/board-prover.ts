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

/** Where this page follows each poll's board from: the cursor of the last part its verifier took in. */
const cursors = new Map<string, string>();

/** The address of the part of a board after `cursor` ("" for all of it). */
export const partUrl = (url: string, cursor: string) => `${url}?since=${encodeURIComponent(cursor)}`;

/** Where this page follows a poll's board from, or null when it does not follow it. */
export const followedFrom = (pollId: string): string | null => cursors.get(pollId) ?? null;

/** Where a part leaves its reader (its cursor) and the turnout its board counts; null when the text is not a part. */
export function partHeadIn(text: string): { cursor: string; turnout: number | null } | null {
  try {
    const read: unknown = JSON.parse(text);
    if (typeof read !== "object" || read === null || !("cursor" in read) || typeof read.cursor !== "string")
      return null;
    const board = "board" in read && typeof read.board === "object" && read.board !== null ? read.board : null;
    const turnout = board && "turnout" in board && typeof board.turnout === "number" ? board.turnout : null;
    return { cursor: read.cursor, turnout };
  } catch {
    return null;
  }
}

/**
 * While a secret poll is open: reads the part of its board this page lacks (the ballots added
 * since its last read, a few kilobytes each time instead of the whole board) and proves the new
 * ballots, in the worker. One read at a time per poll; a read asked for meanwhile is made once the
 * current one is over. Resolves with the turnout the board it has read so far counts (null when no
 * part came), so that the page reads again while the room shows more ballots than its board: a
 * page left at an old cursor when the storm ends reads the whole storm's ballots at the close,
 * alone, instead of the part the room is told (`board:final`).
 */
const reading = new Map<string, { busy: boolean; again: boolean }>();

export async function proveOpenBoard(url: string, pollId: string): Promise<number | null> {
  const state = reading.get(pollId) ?? { busy: false, again: false };
  reading.set(pollId, state);
  if (state.busy) {
    state.again = true;
    return null;
  }
  state.busy = true;
  let reached: number | null = null;
  try {
    do {
      state.again = false;
      const response = await fetch(partUrl(url, cursors.get(pollId) ?? ""), { credentials: "same-origin" });
      if (response.status !== 200) continue;
      const text = await response.text();
      // The next read starts where this part ends, whether or not the worker has proved it yet:
      // the worker takes the parts in order, and a part it could not take in shows at the close
      // as a board that does not hash to the room's (which is then read whole).
      const head = partHeadIn(text);
      if (head) {
        cursors.set(pollId, head.cursor);
        reached = head.turnout;
      }
      void askVerifier({ kind: "follow", pollId, text });
    } while (state.again);
  } catch {
    // Nothing proved now: the close checks everything.
  } finally {
    state.busy = false;
  }
  return reached;
}
