import { useEffect } from "react";
import { fetchSession } from "../api/session-api";
import { connection } from "../realtime/connection";
import { useSessionStore } from "../stores/session-store";

/** Asks the server who this browser is, once, when the session is not yet known. */
export function useSessionBootstrap(): void {
  const status = useSessionStore((s) => s.status);
  useEffect(() => {
    if (status !== "unknown") return;
    let cancelled = false;
    void fetchSession().then((result) => {
      if (cancelled) return;
      if (result.ok) useSessionStore.getState().signedIn(result.data);
      else useSessionStore.getState().signedOut();
    });
    return () => {
      cancelled = true;
    };
  }, [status]);
}

/**
 * Opens the live link unless the session is known to be over; it stays open across screens of the
 * room. No `GET /api/session` first: the handshake is the session check (its `welcome` says who
 * this is, its refusal signs out), which saves a round trip on every visit to the room.
 */
export function useLiveConnection(): void {
  const status = useSessionStore((s) => s.status);
  useEffect(() => {
    if (status !== "signed-out") connection.start();
  }, [status]);
}
