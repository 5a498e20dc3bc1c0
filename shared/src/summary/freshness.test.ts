import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventTypes } from "../log.js";
import { changesSummary, lastSummaryChange, summaryEventTypes, summaryIsStale } from "./freshness.js";

const arbitraryEvents = fc
  .array(fc.constantFrom(...eventTypes), { maxLength: 30 })
  .map((types) => types.map((type, i) => ({ seq: i + 1, type })));

describe("the summary's freshness", () => {
  it("is changed by the summary's own events only", () => {
    expect(eventTypes.filter(changesSummary)).toEqual([...summaryEventTypes]);
    expect(eventTypes.filter((type) => type.startsWith("summary:"))).toEqual([...summaryEventTypes]);
  });

  it("sees an edit that arrives in the same frame as other events, in any position", () => {
    const frame = [
      { seq: 11, type: "position:published" as const },
      { seq: 12, type: "summary:draft-edited" as const },
      { seq: 13, type: "item:added" as const },
    ];
    expect(lastSummaryChange(frame)).toBe(12);
    expect(summaryIsStale({ seq: 10 }, lastSummaryChange(frame))).toBe(true);
    expect(summaryIsStale({ seq: 12 }, lastSummaryChange(frame))).toBe(false);
    expect(summaryIsStale({ seq: 10 }, lastSummaryChange(frame.filter((e) => e.type !== "summary:draft-edited")))).toBe(
      false,
    );
  });

  it("is stale exactly when an event after the one it was read at changes the summary", () => {
    fc.assert(
      fc.property(arbitraryEvents, fc.nat(30), (events, readAt) => {
        const stale = summaryIsStale({ seq: readAt }, lastSummaryChange(events));
        expect(stale).toBe(events.some((event) => event.seq > readAt && changesSummary(event.type)));
      }),
    );
  });

  it("gives the same answer whether the events come in one frame or many", () => {
    fc.assert(
      fc.property(arbitraryEvents, fc.nat(30), fc.nat(30), (events, readAt, cut) => {
        const whole = lastSummaryChange(events);
        const parts = [lastSummaryChange(events.slice(0, cut)), lastSummaryChange(events.slice(cut))];
        const latest = parts.reduce<number | null>((a, b) => (b === null ? a : a === null ? b : Math.max(a, b)), null);
        expect(latest).toBe(whole);
        expect(summaryIsStale({ seq: readAt }, latest)).toBe(summaryIsStale({ seq: readAt }, whole));
      }),
    );
  });
});
