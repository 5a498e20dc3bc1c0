/** Formats a number of seconds as m:ss (or h:mm:ss), ignoring the sign. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.abs(Math.trunc(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/** Whole seconds from `now` to a deadline; negative once it has passed. */
export function secondsUntil(deadlineIso: string, now: number): number {
  return Math.ceil((Date.parse(deadlineIso) - now) / 1000);
}
