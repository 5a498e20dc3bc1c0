import { build, type Histogram } from "hdr-histogram-js";

/** Percentiles of one series of latencies, in milliseconds. */
export type Percentiles = { count: number; p50Ms: number; p99Ms: number; maxMs: number };

/**
 * A latency recorder backed by an HdrHistogram: values are kept in microseconds with three
 * significant digits in fixed memory, so p99 and max are read from the whole series (never an
 * average of averages) however many samples a scenario records.
 */
export class LatencyRecorder {
  private readonly histogram: Histogram = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 120_000_000,
    numberOfSignificantValueDigits: 3,
  });

  /** Records one latency given in milliseconds (fractions kept to the microsecond). */
  record(ms: number): void {
    this.histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  get count(): number {
    return this.histogram.totalCount;
  }

  /** The value at a percentile (0–100), in milliseconds. */
  at(percentile: number): number {
    return round(this.histogram.getValueAtPercentile(percentile) / 1000);
  }

  summary(): Percentiles {
    return { count: this.count, p50Ms: this.at(50), p99Ms: this.at(99), maxMs: round(this.histogram.maxValue / 1000) };
  }
}

/** Rounds to a tenth of a millisecond, the precision the report shows. */
export const round = (ms: number) => Math.round(ms * 10) / 10;
