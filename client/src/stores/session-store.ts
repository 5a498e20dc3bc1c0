import type { Me, SessionEndReason } from "@trilogue/shared";
import { create } from "zustand";

/** Where the session stands: unknown until asked, then signed in or not. */
export type SessionStatus = "unknown" | "signed-in" | "signed-out";

/** The signed-in person. */
export type SessionStore = {
  /** Whether the server knows this browser. */
  status: SessionStatus;
  /** Who the server takes this person to be; null when signed out or not yet known. */
  me: Me | null;
  /** Why the session ended, when the server said (e.g. the invitation was revoked). */
  endedReason: string | null;
  /** Why the server ended the live session (`session:ended`), shown in the reader's language. */
  endedBecause: SessionEndReason | null;
  /** Records the person from `GET /api/session`, the join answer or the socket's `welcome`. */
  signedIn(me: Me): void;
  /** Records that there is no (longer a) session. */
  signedOut(reason?: string, because?: SessionEndReason): void;
};

export const useSessionStore = create<SessionStore>()((set) => ({
  status: "unknown",
  me: null,
  endedReason: null,
  endedBecause: null,
  signedIn: (me) => set({ status: "signed-in", me, endedReason: null, endedBecause: null }),
  signedOut: (reason, because) =>
    set({ status: "signed-out", me: null, endedReason: reason ?? null, endedBecause: because ?? null }),
}));
