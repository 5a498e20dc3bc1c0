import { createHash } from "node:crypto";

/**
 * What a command asked for, as a SHA-256 of its validated payload without the idempotency key.
 * Stored with the receipt: a retry carries the same digest; the same key with another payload is
 * a client bug (or a forged retry) and is refused rather than silently answered with the first.
 */
export function payloadDigest(payload: { idempotencyKey: string }): string {
  const { idempotencyKey: _key, ...rest } = payload;
  return createHash("sha256").update(JSON.stringify(rest)).digest("hex");
}

/** Whether a stored receipt answers this command: same command and (when recorded) same payload. */
export function receiptMismatch(
  stored: { command: string; payloadDigest?: string | null },
  name: string,
  digest: string,
): string | null {
  if (stored.command !== name) return "This idempotency key was used for another command.";
  if (stored.payloadDigest && stored.payloadDigest !== digest)
    return "This idempotency key was used for a different request; send a new key.";
  return null;
}
