import { lastSummaryChange, summaryIsStale } from "@trilogue/shared";
import { beforeEach, describe, expect, it } from "vitest";
import { event, id, item, snapshot } from "../test/fixtures";
import { resetStores } from "../test/reset";
import { useConsultationStore } from "./consultation-store";

const store = () => useConsultationStore.getState();
const opened = (seq: number, n: number) => event(seq, { upsert: { items: [item(n, { status: "open" })] } });

describe("the consultation store", () => {
  beforeEach(resetStores);

  it("holds nothing until the first catch-up answer", () => {
    expect(store().state).toBeNull();
    expect(store().lastSeq()).toBeNull();
  });

  it("takes a snapshot as the whole state, keyed by id", () => {
    store().applySync({ kind: "snapshot", snapshot: snapshot(7) });
    expect(store().state?.seq).toBe(7);
    expect(Object.keys(store().state?.items ?? {})).toEqual([id(101), id(102)]);
    expect(store().lastSeq()).toBe(7);
  });

  it("fills a collection the server did not send, so nothing downstream meets undefined", () => {
    const partial = snapshot(1);
    delete (partial as Partial<typeof partial>).floorRequests;
    store().applySync({ kind: "snapshot", snapshot: partial });
    expect(store().state?.floorRequests).toEqual({});
  });

  it("applies live events in sequence order and only once", () => {
    store().applySync({ kind: "snapshot", snapshot: snapshot(3) });
    const applied = store().receive([opened(4, 1)]);
    expect(applied.map((e) => e.seq)).toEqual([4]);
    expect(store().state?.items[id(101)]?.status).toBe("open");
    expect(store().receive([opened(4, 1)])).toEqual([]);
    expect(store().state?.seq).toBe(4);
  });

  it("holds an early event back and reports the gap until the missing one arrives", () => {
    store().applySync({ kind: "snapshot", snapshot: snapshot(3) });
    store().receive([opened(5, 2)]);
    expect(store().hasGap).toBe(true);
    expect(store().state?.seq).toBe(3);
    store().applySync({ kind: "events", events: [opened(4, 1)] });
    expect(store().hasGap).toBe(false);
    expect(store().state?.seq).toBe(5);
    expect(store().state?.items[id(102)]?.status).toBe("open");
  });

  it("drops buffered events a newer snapshot already contains", () => {
    store().applySync({ kind: "snapshot", snapshot: snapshot(3) });
    store().receive([opened(5, 2)]);
    store().applySync({ kind: "snapshot", snapshot: snapshot(6) });
    expect(store().hasGap).toBe(false);
    expect(store().state?.seq).toBe(6);
  });

  it("forgets everything on reset", () => {
    store().applySync({ kind: "snapshot", snapshot: snapshot(3) });
    store().reset();
    expect(store().state).toBeNull();
  });

  it("exposes what each update applied, so the summary knows an edit that came in the same frame as anything else", () => {
    store().applySync({ kind: "snapshot", snapshot: snapshot(3) });
    expect(store().applied).toEqual({ events: [], snapshotSeq: 3 });
    const edited = event(5, {}, "summary:draft-edited");
    store().receive([opened(4, 1), edited, opened(6, 2)]);
    expect(store().applied.events.map((e) => e.seq)).toEqual([4, 5, 6]);
    expect(store().applied.snapshotSeq).toBeNull();
    const read = { seq: 4 };
    expect(summaryIsStale(read, lastSummaryChange(store().applied.events))).toBe(true);
    store().receive([opened(7, 1)]);
    expect(summaryIsStale({ seq: 6 }, lastSummaryChange(store().applied.events))).toBe(false);
  });
});
