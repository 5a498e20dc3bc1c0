import { type Ack, type AuditEntry, auditApi, operatorRecordApi } from "@trilogue/shared";
import { call } from "../../api/http";

/** The server's page size: a full page means there may be more after it. */
export const auditPageSize = 500;

/** Whose audit trail: the chair's own consultation (session cookie) or one the operator picked (bearer token). */
export type AuditSource =
  | { kind: "chair" }
  /** The operator's token, or null when signed in with the organisation (session cookie). */
  | { kind: "operator"; token: string | null; consultationId: string };

/** One page of the audit trail, oldest first: the entries after sequence number `after`. */
export function fetchAuditPage(source: AuditSource, after: number): Promise<Ack<AuditEntry[]>> {
  if (source.kind === "chair") return call(auditApi.trail, { query: { after } });
  return call(operatorRecordApi.audit, {
    params: { id: source.consultationId },
    query: { after },
    bearer: source.token ?? undefined,
  });
}

/** Appends a page to the entries already read, skipping any already there; kept in sequence order. */
export function mergeAuditPage(entries: readonly AuditEntry[], page: readonly AuditEntry[]): AuditEntry[] {
  const seen = new Set(entries.map((entry) => entry.seq));
  return [...entries, ...page.filter((entry) => !seen.has(entry.seq))].sort((a, b) => a.seq - b.seq);
}

/** The `after` that reads the next page: the last sequence number read, or 0. */
export const nextAfter = (entries: readonly AuditEntry[]): number => entries.at(-1)?.seq ?? 0;
