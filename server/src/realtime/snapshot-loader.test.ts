import type { Snapshot } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { createSnapshotLoader } from "./snapshot-loader.js";

/** A load the test finishes by hand; the "snapshot" is the number of the load. */
function controlledLoads() {
  const started: { consultationId: string; finish: () => void }[] = [];
  const load = (consultationId: string) =>
    new Promise<Snapshot>((resolve) => {
      const number = started.length + 1;
      started.push({ consultationId, finish: () => resolve({ seq: number } as Snapshot) });
    });
  return { started, load };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("shared snapshot loads", () => {
  it("serves a request only from a load that began after it, one load at a time", async () => {
    const { started, load } = controlledLoads();
    const snapshotOf = createSnapshotLoader(load);
    const first = snapshotOf("c1");
    // These arrive while the first load runs: they wait for the next one, together.
    const second = snapshotOf("c1");
    const third = snapshotOf("c1");
    expect(started).toHaveLength(1);
    started[0]?.finish();
    expect((await first).seq).toBe(1);
    await tick();
    expect(started).toHaveLength(2);
    started[1]?.finish();
    expect((await second).seq).toBe(2);
    expect((await third).seq).toBe(2);
    // Idle again: the next request starts its own load at once.
    const fourth = snapshotOf("c1");
    expect(started).toHaveLength(3);
    started[2]?.finish();
    expect((await fourth).seq).toBe(3);
  });

  it("keeps consultations apart and survives a failed load", async () => {
    let calls = 0;
    const snapshotOf = createSnapshotLoader(async (consultationId) => {
      calls += 1;
      if (consultationId === "broken" && calls === 1) throw new Error("database away");
      return { seq: calls } as Snapshot;
    });
    await expect(snapshotOf("broken")).rejects.toThrow("database away");
    const [a, b] = await Promise.all([snapshotOf("broken"), snapshotOf("other")]);
    expect(a.seq).toBe(2);
    expect(b.seq).toBe(3);
  });
});
