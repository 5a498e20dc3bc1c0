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

/** Opens the live link once signed in; it stays open across screens of the room. */
export function useLiveConnection(): void {
  const status = useSessionStore((s) => s.status);
  useEffect(() => {
    if (status === "signed-in") connection.start();
  }, [status]);
}
