import { create } from "zustand";

/**
 * The live link to the server, as the indicator shows it: `connecting` before the first contact,
 * `online` once connected and caught up, `reconnecting` after a drop while retrying, `offline` when
 * the device has no network, `signed-out` when the server refused the session.
 */
export type ConnectionStatus = "idle" | "connecting" | "online" | "reconnecting" | "offline" | "signed-out";

export type ConnectionStore = {
  /** The current status. */
  status: ConnectionStatus;
  /** When the state was last caught up with the server (ms since epoch), or null. */
  syncedAt: number | null;
  /** Server time minus local time, in ms, estimated from event timestamps; countdowns use it. */
  clockOffsetMs: number;
  setStatus(status: ConnectionStatus): void;
  markSynced(): void;
  /** Takes a server timestamp just received, to estimate the clock offset. */
  observeServerTime(iso: string): void;
};

export const useConnectionStore = create<ConnectionStore>()((set, get) => ({
  status: "idle",
  syncedAt: null,
  clockOffsetMs: 0,
  setStatus: (status) => set({ status }),
  markSynced: () => set({ status: "online", syncedAt: Date.now() }),
  observeServerTime(iso) {
    const at = Date.parse(iso);
    if (Number.isNaN(at)) return;
    // An event is stamped before it travels, so the largest (server - local) seen recently is the
    // best estimate; decay slowly so a one-off delay does not stick.
    const sample = at - Date.now();
    const current = get().clockOffsetMs;
    set({ clockOffsetMs: sample > current ? sample : current + (sample - current) * 0.1 });
  },
}));

/** The server's "now", in ms since epoch, as well as this browser can tell. */
export const serverNow = () => Date.now() + useConnectionStore.getState().clockOffsetMs;
