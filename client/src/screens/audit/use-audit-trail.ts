import type { AuditEntry } from "@trilogue/shared";
import { useCallback, useRef, useState } from "react";
import { type AuditSource, auditPageSize, fetchAuditPage, mergeAuditPage, nextAfter } from "./audit-api";

/** The audit trail as read so far, page by page. */
export type AuditTrail = {
  entries: AuditEntry[];
  /** Nothing asked yet; the first page is read when the panel is first opened. */
  started: boolean;
  busy: boolean;
  /** The last read failed. */
  failed: boolean;
  /** The last page was full, so more entries may follow it. */
  more: boolean;
  /** The last read found nothing newer. */
  upToDate: boolean;
  /** Reads the page after the last entry read (the first page if none). */
  loadNext(): Promise<void>;
};

/**
 * Reads the audit trail a page at a time through `?after=<seq>`. `source` must be stable while
 * mounted: the panel is keyed by the consultation, so picking another starts afresh.
 */
export function useAuditTrail(source: AuditSource | null, pageSize = auditPageSize): AuditTrail {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [started, setStarted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [more, setMore] = useState(false);
  const [upToDate, setUpToDate] = useState(false);
  const read = useRef<AuditEntry[]>([]);
  const inFlight = useRef(false);
  const sourceRef = useRef(source);
  sourceRef.current = source;

  const loadNext = useCallback(async () => {
    const current = sourceRef.current;
    if (!current || inFlight.current) return;
    inFlight.current = true;
    setStarted(true);
    setBusy(true);
    const answer = await fetchAuditPage(current, nextAfter(read.current));
    inFlight.current = false;
    setBusy(false);
    if (!answer.ok) {
      setFailed(true);
      return;
    }
    const page = answer.data;
    read.current = mergeAuditPage(read.current, page);
    setEntries(read.current);
    setFailed(false);
    setMore(page.length >= pageSize);
    setUpToDate(page.length === 0);
  }, [pageSize]);

  return { entries, started, busy, failed, more, upToDate, loadNext };
}
