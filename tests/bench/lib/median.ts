/**
 * Merges the reports of several runs into one: every number becomes the median of the numbers at
 * the same place in each run (array rows matched by position), anything else is the first run's.
 */
export function medianOf<T>(runs: readonly T[]): T {
  return merge(runs as readonly unknown[]) as T;
}

function merge(values: readonly unknown[]): unknown {
  const first = values[0];
  if (typeof first === "number") {
    const numbers = values.filter((v): v is number => typeof v === "number" && !Number.isNaN(v)).sort((a, b) => a - b);
    if (numbers.length === 0) return first;
    const middle = Math.floor(numbers.length / 2);
    const median =
      numbers.length % 2 ? (numbers[middle] ?? 0) : ((numbers[middle - 1] ?? 0) + (numbers[middle] ?? 0)) / 2;
    return Math.round(median * 10) / 10;
  }
  if (Array.isArray(first)) {
    return first.map((_, index) => merge(values.map((v) => (Array.isArray(v) ? v[index] : undefined))));
  }
  if (first && typeof first === "object") {
    return Object.fromEntries(
      Object.keys(first).map((key) => [key, merge(values.map((v) => (v as Record<string, unknown> | null)?.[key]))]),
    );
  }
  return first;
}
