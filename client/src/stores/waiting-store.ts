import type { PollWaiting } from "@trilogue/shared";
import { create } from "zustand";

/**
 * Who has not voted yet in each open named poll whose ballots are hidden until close, as the
 * server tells the chair alone (`poll:waiting`); nobody else's store ever holds it.
 */
export type WaitingStore = {
  /** Delegation ids by poll id, the latest list the server sent for each. */
  byPoll: Readonly<Record<string, readonly string[]>>;
  update(waiting: readonly PollWaiting[]): void;
  reset(): void;
};

export const useWaitingStore = create<WaitingStore>()((set) => ({
  byPoll: {},
  update: (waiting) =>
    set((s) => ({
      byPoll: { ...s.byPoll, ...Object.fromEntries(waiting.map((w) => [w.pollId, w.delegationIds])) },
    })),
  reset: () => set({ byPoll: {} }),
}));
