import type { ErrorCode, RefusalReason } from "@trilogue/shared";
import { create } from "zustand";

/**
 * An action's life: `pending` while sent and unanswered, `waiting` while it waits for the
 * connection to come back (it will be retried with the same idempotency key), then `confirmed`
 * or `error`.
 */
export type ActionStatus = "pending" | "waiting" | "confirmed" | "error";

/** Codes the client adds to the server's: no answer in time. */
export type ActionErrorCode = ErrorCode | "TIMEOUT";

/** One action a person took, keyed by its idempotency key. */
export type PendingAction = {
  /** The idempotency key, also the action's id. */
  key: string;
  /** The command or request name, e.g. `floor:request`. */
  name: string;
  status: ActionStatus;
  /** Set when `status` is `error`. */
  errorCode: ActionErrorCode | null;
  /** The server's own wording of the error (English), kept for reports; not shown. */
  errorDetail: string | null;
  /** Why the server refused, as a code the client words in the person's language. */
  errorReason?: RefusalReason | null;
  /** How many times it was sent. */
  attempts: number;
  /** When the person acted, ms since epoch. */
  startedAt: number;
};

export type PendingStore = {
  /** Every action of this page's life, by key; old settled ones are pruned. */
  actions: Record<string, PendingAction>;
  /** Records a new action as pending. */
  start(key: string, name: string): void;
  /** Marks that an action was sent again (or for the first time). */
  attempt(key: string): void;
  /** Marks that an action waits for the connection. */
  waiting(key: string): void;
  confirm(key: string): void;
  fail(key: string, code: ActionErrorCode, detail?: string, reason?: RefusalReason): void;
};

/** How many settled actions to keep for display. */
const keepSettled = 50;

export const usePendingStore = create<PendingStore>()((set) => {
  const patch = (key: string, change: Partial<PendingAction>) =>
    set((store) => {
      const action = store.actions[key];
      return action ? { actions: { ...store.actions, [key]: { ...action, ...change } } } : store;
    });
  return {
    actions: {},
    start: (key, name) =>
      set((store) => ({
        actions: {
          ...prune(store.actions),
          [key]: {
            key,
            name,
            status: "pending",
            errorCode: null,
            errorDetail: null,
            attempts: 0,
            startedAt: Date.now(),
          },
        },
      })),
    attempt: (key) =>
      set((store) => {
        const action = store.actions[key];
        if (!action) return store;
        return {
          actions: { ...store.actions, [key]: { ...action, status: "pending", attempts: action.attempts + 1 } },
        };
      }),
    waiting: (key) => patch(key, { status: "waiting" }),
    confirm: (key) => patch(key, { status: "confirmed", errorCode: null, errorDetail: null, errorReason: null }),
    fail: (key, code, detail, reason) =>
      patch(key, { status: "error", errorCode: code, errorDetail: detail ?? null, errorReason: reason ?? null }),
  };
});

function prune(actions: Record<string, PendingAction>): Record<string, PendingAction> {
  const settled = Object.values(actions).filter((a) => a.status === "confirmed" || a.status === "error");
  if (settled.length <= keepSettled) return actions;
  settled.sort((a, b) => a.startedAt - b.startedAt);
  const copy = { ...actions };
  for (const action of settled.slice(0, settled.length - keepSettled)) delete copy[action.key];
  return copy;
}
