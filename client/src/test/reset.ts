import { useConnectionStore } from "../stores/connection-store";
import { useConsultationStore } from "../stores/consultation-store";
import { usePendingStore } from "../stores/pending-store";
import { usePresenceStore } from "../stores/presence-store";
import { useSessionStore } from "../stores/session-store";

/** Puts every store back as a fresh page has it. */
export function resetStores(): void {
  useConsultationStore.getState().reset();
  usePendingStore.setState({ actions: {} });
  usePresenceStore.setState({ online: new Set() });
  useSessionStore.setState({ status: "unknown", me: null, endedReason: null });
  useConnectionStore.setState({ status: "idle", syncedAt: null, clockOffsetMs: 0 });
}

/** Lets pending promises and their continuations run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
