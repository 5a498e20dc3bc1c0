import { type BoardFinal, boardFinalSchema } from "@trilogue/shared";
import { create } from "zustand";

/**
 * The last part of each tallied secret poll's board, as the server announced it to the room
 * (`board:final`): a page that followed the board to its `since` takes it in instead of asking for
 * it (board-check.ts). Kept for the few polls of a sitting; cleared with the connection.
 */
export type BoardFinalStore = {
  byPoll: Readonly<Record<string, BoardFinal>>;
  announce(final: unknown): void;
  reset(): void;
};

/** Enough for every poll tallied in a sitting; the oldest go first. */
const kept = 16;

export const useBoardFinalStore = create<BoardFinalStore>()((set) => ({
  byPoll: {},
  announce: (raw) => {
    // Checked as any server word a page acts on; a malformed one is ignored (the page reads its part).
    const parsed = boardFinalSchema.safeParse(raw);
    if (!parsed.success) return;
    const final = parsed.data;
    set((s) => {
      const others = Object.entries(s.byPoll).filter(([pollId]) => pollId !== final.pollId);
      return { byPoll: Object.fromEntries([...others.slice(-(kept - 1)), [final.pollId, final]]) };
    });
  },
  reset: () => set({ byPoll: {} }),
}));

/**
 * The announced last part of a poll's board for a page that followed it to `cursor`: its text when
 * announced for that cursor (now, or within `waitMs`), or null when announced for another cursor
 * or not within `waitMs` (the page then reads its own part).
 */
export function announcedPart(pollId: string, cursor: string, waitMs: number): Promise<string | null> {
  const textFor = (final: BoardFinal | undefined) =>
    final === undefined ? undefined : final.since === cursor ? final.text : null;
  const now = textFor(useBoardFinalStore.getState().byPoll[pollId]);
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (text: string | null) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(text);
    };
    const timer = setTimeout(() => done(null), waitMs);
    const unsubscribe = useBoardFinalStore.subscribe((s) => {
      const text = textFor(s.byPoll[pollId]);
      if (text !== undefined) done(text);
    });
  });
}
