/** Commands whose receipts keep only the hour: a ballot's receipt must not time the ballot. */
const coarse = new Set(["ballot:cast"]);

/**
 * When a command's receipt says it was made: the time itself, or the start of its hour for a
 * ballot, so that a secret ballot's receipt tells neither when it was cast nor, within the hour,
 * in what order (the pruner needs no more: retention is counted in hours).
 */
export function receiptTime(command: string, now: Date): Date {
  if (!coarse.has(command)) return now;
  const hour = new Date(now);
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}
