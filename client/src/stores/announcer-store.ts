import { create } from "zustand";

/** One sentence for screen readers, with an id so the same words can be said twice. */
export type Announcement = { id: number; text: string };

/** What the page's one live region says: who has the floor, polls, consensus calls, time. */
export type AnnouncerStore = {
  /** The latest sentences, oldest first; only a few are kept. */
  messages: Announcement[];
  /** Says a sentence once, politely (after what the reader is saying now). */
  say(text: string): void;
  /** Forgets everything (another consultation, or a test). */
  clear(): void;
};

/** How many sentences stay in the live region; older ones leave silently. */
const kept = 5;
let nextId = 1;

export const useAnnouncerStore = create<AnnouncerStore>()((set) => ({
  messages: [],
  say: (text) => set((store) => ({ messages: [...store.messages, { id: nextId++, text }].slice(-kept) })),
  clear: () => set({ messages: [] }),
}));
