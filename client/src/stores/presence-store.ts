import { applyPresenceChange, type PresenceChange, type PresenceState } from "@trilogue/shared";
import { create } from "zustand";

/** Who is connected to the consultation right now. */
export type PresenceStore = {
  /** Participant ids with at least one open connection. */
  online: ReadonlySet<string>;
  /** Replaces the list with the server's latest announcement. */
  update(presence: PresenceState): void;
  /** Applies who came and went since the last announcement. */
  change(change: PresenceChange): void;
};

export const usePresenceStore = create<PresenceStore>()((set) => ({
  online: new Set(),
  update: (presence) => set({ online: new Set(presence.online) }),
  change: (change) => set(({ online }) => ({ online: applyPresenceChange(online, change) })),
}));
