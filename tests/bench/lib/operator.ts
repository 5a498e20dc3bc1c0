import type { Constituency } from "@trilogue/shared";
import { pooled } from "./bench-client.js";

/** A consultation prepared for a scenario: a chair link and one delegate link per delegation. */
export type PreparedConsultation = {
  consultationId: string;
  chairLink: string;
  delegateLinks: string[];
};

/**
 * Constituencies in the proportions of a large room (dual members among them). Every one is a
 * Member State's, so that every delegation may cast a ballot: the Secretariat is consulted and does
 * not vote, and one delegation in six of it (as this list had) made each storm's final tally wait
 * for ballots that were refused (`consulted_do_not_vote`) and fan-out stop at the sixth caster.
 */
const membership: Constituency[][] = [["tpcc"], ["tpcc"], ["council"], ["council", "tpcc"], ["host"], ["tpcc"]];

async function call<T>(url: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Creates a consultation through the operator API with `delegations` delegations, each with a
 * delegate invitation, and a chair invitation, as the Secretariat's conference officer would.
 */
export async function prepareConsultation(
  url: string,
  token: string,
  delegations: number,
  title: string,
): Promise<PreparedConsultation> {
  const consultation = await call<{ id: string }>(url, token, "POST", "/api/operator/consultations", {
    title,
    date: "2016-11-03",
  });
  const base = `/api/operator/consultations/${consultation.id}`;
  const chair = await call<{ url: string }>(url, token, "POST", `${base}/invitations`, { role: "chair" });
  const delegateLinks = await pooled(
    Array.from({ length: delegations }, (_, i) => i),
    8,
    async (i) => {
      const delegation = await call<{ id: string }>(url, token, "POST", `${base}/delegations`, {
        name: `Delegation ${String(i + 1).padStart(3, "0")}`,
        countryCode: null,
        constituencies: membership[i % membership.length],
      });
      const invitation = await call<{ url: string }>(url, token, "POST", `${base}/invitations`, {
        role: "delegate",
        delegationId: delegation.id,
      });
      return invitation.url;
    },
  );
  return { consultationId: consultation.id, chairLink: chair.url, delegateLinks };
}

/** What the server's metrics route answers (see server/src/http/metrics.routes.ts). */
export type ServerMetrics = {
  eventLoopDelay: { maxMs: number; p99Ms: number; meanMs: number };
  sinceMs: number;
  rssBytes: number;
  heapUsedBytes: number;
  connectedSockets: number;
};

/** Reads the server's metrics; `reset` starts a new window, `gc` collects garbage first. */
export function readMetrics(url: string, token: string, options: { reset?: boolean; gc?: boolean } = {}) {
  const query = new URLSearchParams({ reset: options.reset ? "1" : "0", gc: options.gc ? "1" : "0" });
  return call<ServerMetrics>(url, token, "GET", `/api/operator/metrics?${query}`);
}
