import { type AppError, lastSummaryChange, type SummaryState, summaryIsStale } from "@trilogue/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { type AppliedUpdate, useConsultationStore } from "../../stores/consultation-store";
import { fetchSummaryState } from "./summary-api";

/** The summary as last read from the server, and how to read it again. */
export type SummaryHandle = {
  /** Null until the first answer. */
  state: SummaryState | null;
  /** The last failure to read it, if the latest attempt failed. */
  error: AppError | null;
  /** Reads the summary again; resolves once the answer is applied. */
  reload(): Promise<void>;
};

/** How long to gather a burst of events before reading the summary again. */
const settleMs = 250;

/**
 * The latest event this update shows to have changed the summary. A snapshot folds events without
 * naming them, so it counts as a change at its own seq: the summary is read again if it is older.
 */
function latestChangeIn(applied: AppliedUpdate): number | null {
  const fromEvents = lastSummaryChange(applied.events);
  if (applied.snapshotSeq === null) return fromEvents;
  return Math.max(fromEvents ?? 0, applied.snapshotSeq);
}

/**
 * Reads `GET /api/consultations/:id/summary`, and reads it again exactly when it is out of date:
 * when the store applies an event that changes the summary (`summary:*`) after the one the answer
 * was read at (`summaryIsStale`), whatever else arrived in the same frame; also when the window
 * regains focus, and on request. Answers that arrive out of order are ignored.
 */
export function useSummary(consultationId: string | null): SummaryHandle {
  const [state, setState] = useState<SummaryState | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const latest = useRef(0);
  const read = useRef<SummaryState | null>(null);
  /** The latest event known to have changed the summary since this screen opened. */
  const changed = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reloadLater = useRef<() => void>(() => undefined);

  const reload = useCallback(async () => {
    if (!consultationId) return;
    const ticket = ++latest.current;
    const answer = await fetchSummaryState(consultationId);
    if (ticket !== latest.current) return;
    if (answer.ok) {
      read.current = answer.data;
      setState(answer.data);
      setError(null);
      // An edit applied while this answer was on its way, and not in it: read again.
      if (summaryIsStale(answer.data, changed.current)) reloadLater.current();
    } else setError(answer.error);
  }, [consultationId]);

  const soon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void reload(), settleMs);
  }, [reload]);
  reloadLater.current = soon;

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    const unsubscribe = useConsultationStore.subscribe((next, previous) => {
      if (next.applied === previous.applied) return;
      const change = latestChangeIn(next.applied);
      if (change === null) return;
      changed.current = Math.max(changed.current ?? 0, change);
      if (read.current && summaryIsStale(read.current, changed.current)) soon();
    });
    const onVisible = () => {
      if (document.visibilityState === "visible") soon();
    };
    window.addEventListener("focus", soon);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer.current);
      unsubscribe();
      window.removeEventListener("focus", soon);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [soon]);

  return { state, error, reload };
}
