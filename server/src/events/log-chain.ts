import { createHash } from "node:crypto";
import { isRecord } from "@trilogue/shared";

/**
 * The tamper-evident chain over a consultation's event log. Each event's hash covers the hash of
 * the event before it, so changing, inserting or deleting any event changes every hash after it,
 * and the head hash (which the final summary cites) no longer matches.
 *
 * The definition below is frozen: changing it would break every stored chain. It is
 *
 *   hash(n) = lower-case hex SHA-256 of the UTF-8 bytes of
 *             canonicalJson(["trilogue-log-v1", consultationId, hash(n-1), seq, type, actorId, at, payload])
 *
 * where hash(0) is {@link genesisHash}, `actorId` is the participant's uuid or null, `at` is the
 * event's time as `Date.prototype.toISOString()` writes it (UTC, milliseconds, `Z`), and `payload`
 * is the event's patch. A JSON array frames the fields, so no separator can be forged from inside a
 * field.
 */

/** The hash before the first event: 64 zeros. */
export const genesisHash = "0".repeat(64);

/** What the hash of one event covers. */
export type ChainedFields = {
  consultationId: string;
  seq: number;
  type: string;
  actorId: string | null;
  at: Date;
  payload: unknown;
};

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit at every level, no whitespace, `undefined`
 * members dropped, everything else exactly as `JSON.stringify` writes it (numbers in their shortest
 * round-trip form, strings with JSON's own escapes). Values read back from jsonb give the same text
 * as the values written: jsonb keeps strings exactly and numbers as the decimals JSON wrote.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? "null";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isRecord(value) && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // defineProperty, not assignment: a "__proto__" key stays an ordinary member.
    const sorted: Record<string, unknown> = {};
    for (const [key, member] of entries) {
      Object.defineProperty(sorted, key, { value: sortKeys(member), enumerable: true, writable: true });
    }
    return sorted;
  }
  return value;
}

/** The hash of one event, chained to the hash of the event before it. */
export function eventHash(prevHash: string, event: ChainedFields): string {
  const framed = canonicalJson([
    "trilogue-log-v1",
    event.consultationId,
    prevHash,
    event.seq,
    event.type,
    event.actorId,
    event.at.toISOString(),
    event.payload,
  ]);
  return createHash("sha256").update(framed, "utf8").digest("hex");
}

/** Hashes a run of consecutive events after `prevHash`; returns each event's [prevHash, hash]. */
export function chain(prevHash: string, events: readonly ChainedFields[]): { prevHash: string; hash: string }[] {
  let previous = prevHash;
  return events.map((event) => {
    const hash = eventHash(previous, event);
    const link = { prevHash: previous, hash };
    previous = hash;
    return link;
  });
}
