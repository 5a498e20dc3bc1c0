import type { AppError, SummaryState } from "@trilogue/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { useConsultationStore } from "../../stores/consultation-store";
import { fetchSummaryState } from "./summary-api";
import { advancedWithoutChange } from "./summary-signal";

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
 * Reads `GET /api/consultations/:id/summary`, and reads it again when the summary may have changed:
 * after an event that left the live state as it was (the summary's events carry an empty patch),
 * when the window regains focus, and on request. Answers that arrive out of order are ignored.
 */
export function useSummary(consultationId: string | null): SummaryHandle {
  const [state, setState] = useState<SummaryState | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (!consultationId) return;
    const ticket = ++latest.current;
    const answer = await fetchSummaryState(consultationId);
    if (ticket !== latest.current) return;
    if (answer.ok) {
      setState(answer.data);
      setError(null);
    } else setError(answer.error);
  }, [consultationId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), settleMs);
    };
    const unsubscribe = useConsultationStore.subscribe((next, previous) => {
      if (advancedWithoutChange(previous.state, next.state)) soon();
    });
    const onVisible = () => {
      if (document.visibilityState === "visible") soon();
    };
    window.addEventListener("focus", soon);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener("focus", soon);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [reload]);

  return { state, error, reload };
}
