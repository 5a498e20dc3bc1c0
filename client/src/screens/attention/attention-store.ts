import { create } from "zustand";

const soundKey = "trilogue.attention.sound";

const readSound = (): boolean => {
  try {
    return localStorage.getItem(soundKey) === "on";
  } catch {
    return false;
  }
};

/** What the delegate did with the notices in this browser: hidden, let pass, sound. */
export type AttentionStore = {
  /** Keys of notices the delegate dismissed; they stay in the "awaiting" list. */
  dismissed: ReadonlySet<string>;
  /** Calls the delegate let pass with "No objection" (silence is agreement: nothing is sent). */
  acknowledgedCalls: ReadonlySet<string>;
  /** Whether a short tone sounds when something new is asked; off until the delegate turns it on. */
  sound: boolean;
  /** Hides a notice; it stays listed until answered. */
  dismiss(key: string): void;
  /** Shows a dismissed notice again. */
  show(key: string): void;
  /** Marks a call as let pass. */
  acknowledge(callId: string): void;
  /** Turns the tone on or off, remembered in this browser. */
  setSound(on: boolean): void;
  /** Forgets everything but the sound choice (sign-out, a test). */
  clear(): void;
};

const withItem = (set: ReadonlySet<string>, key: string) => new Set([...set, key]);
const without = (set: ReadonlySet<string>, key: string) => new Set([...set].filter((k) => k !== key));

export const useAttentionStore = create<AttentionStore>()((set) => ({
  dismissed: new Set(),
  acknowledgedCalls: new Set(),
  sound: readSound(),
  dismiss: (key) => set((s) => ({ dismissed: withItem(s.dismissed, key) })),
  show: (key) => set((s) => ({ dismissed: without(s.dismissed, key) })),
  acknowledge: (callId) => set((s) => ({ acknowledgedCalls: withItem(s.acknowledgedCalls, callId) })),
  setSound: (on) => {
    try {
      localStorage.setItem(soundKey, on ? "on" : "off");
    } catch {
      // A browser that refuses storage keeps the choice for this page only.
    }
    set({ sound: on });
  },
  clear: () => set({ dismissed: new Set(), acknowledgedCalls: new Set() }),
}));
