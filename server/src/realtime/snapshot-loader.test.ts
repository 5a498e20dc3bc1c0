import type { Snapshot } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { createSnapshotLoader } from "./snapshot-loader.js";

/**
 * Loads the test finishes by hand, each reading the head as it is when the load starts (as the
 * repeatable-read transaction does); `head.seq` is what has been committed so far.
 */
function controlledLoads() {
  const head = { seq: 1 };
  const started: { seq: number; finish: () => void; fail: () => void }[] = [];
  const load = (_consultationId: string) =>
    new Promise<Snapshot>((resolve, reject) => {
      const seq = head.seq;
      started.push({
        seq,
        finish: () => resolve({ seq } as Snapshot),
        fail: () => reject(new Error("database away")),
      });
    });
  const headSeq = async (_consultationId: string) => head.seq;
  return { head, started, load, headSeq };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("shared snapshot loads", () => {
  it("serves the requests that arrive while a load runs from it, when nothing was committed since", async () => {
    const { started, load, headSeq } = controlledLoads();
    const snapshotOf = createSnapshotLoader(load, headSeq);
    const first = snapshotOf("c1");
    await tick();
    const second = snapshotOf("c1");
    const third = snapshotOf("c1");
    await tick();
    expect(started).toHaveLength(1);
    started[0]?.finish();
    expect((await first).seq).toBe(1);
    expect((await second).seq).toBe(1);
    expect((await third).seq).toBe(1);
    // Later requests reuse it too, without a load, while the head stays where it was.
    expect((await snapshotOf("c1")).seq).toBe(1);
    expect(started).toHaveLength(1);
  });

  it("never serves a snapshot older than what was committed before the request", async () => {
    const { head, started, load, headSeq } = controlledLoads();
    const snapshotOf = createSnapshotLoader(load, headSeq);
    const first = snapshotOf("c1");
    await tick();
    expect(started).toHaveLength(1);
    // A commit after the load read its rows: the requests that follow wait for the next load, together.
    head.seq = 2;
    const second = snapshotOf("c1");
    const third = snapshotOf("c1");
    await tick();
    started[0]?.finish();
    expect((await first).seq).toBe(1);
    await tick();
    expect(started).toHaveLength(2);
    started[1]?.finish();
    expect((await second).seq).toBe(2);
    expect((await third).seq).toBe(2);
    // Another commit: the reused snapshot is too old now.
    head.seq = 3;
    const fourth = snapshotOf("c1");
    await tick();
    expect(started).toHaveLength(3);
    started[2]?.finish();
    expect((await fourth).seq).toBe(3);
  });

  it("forgets a snapshot after a while, even with nothing committed", async () => {
    const { started, load, headSeq } = controlledLoads();
    const snapshotOf = createSnapshotLoader(load, headSeq, 20);
    const first = snapshotOf("c1");
    await tick();
    started[0]?.finish();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 40));
    const again = snapshotOf("c1");
    await tick();
    expect(started).toHaveLength(2);
    started[1]?.finish();
    expect((await again).seq).toBe(1);
  });

  it("keeps consultations apart and survives a failed load", async () => {
    const { started, load, headSeq } = controlledLoads();
    const snapshotOf = createSnapshotLoader(load, headSeq);
    const broken = snapshotOf("broken");
    await tick();
    started[0]?.fail();
    await expect(broken).rejects.toThrow("database away");
    const a = snapshotOf("broken");
    const b = snapshotOf("other");
    await tick();
    expect(started).toHaveLength(3);
    started[1]?.finish();
    started[2]?.finish();
    expect((await a).seq).toBe(1);
    expect((await b).seq).toBe(1);
  });
});
