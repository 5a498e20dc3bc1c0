import {
  type ConsultationEvent,
  emptyNarrative,
  lastSummaryChange,
  type SummaryState,
  summaryIsStale,
  summaryStateSchema,
} from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join, TestClient } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";

/**
 * The summary's state says which event of the log it was read at; a client that applies the
 * events knows it is out of date exactly when a later event changes the summary: an edit or the
 * finalisation, even when it arrives in the same frame as other events, and never for events that
 * leave the summary as it was.
 */
describe.each(databaseKinds)("the summary's freshness on %s", (kind) => {
  let room: Room;
  let chair: TestClient;
  let secretary: TestClient;
  let chairCookie: string;

  const readState = async (): Promise<SummaryState> => {
    const response = await fetch(`${room.server.url}/api/consultations/${room.consultationId}/summary`, {
      headers: { cookie: chairCookie },
    });
    expect(response.status).toBe(200);
    return summaryStateSchema.parse(await response.json());
  };
  /** What the chair's client applied after the event the state was read at. */
  const appliedSince = (state: SummaryState): ConsultationEvent[] =>
    chair.received.filter((event) => event.seq > state.seq);
  const stale = (state: SummaryState) => summaryIsStale(state, lastSummaryChange(appliedSince(state)));

  beforeAll(async () => {
    room = await openRoom(kind);
    const links = room.server.app.demoLinks;
    if (!links) throw new Error("no demo");
    chairCookie = (await join(room.server.url, links.chair, "Chair")).cookie;
    chair = await TestClient.connect(room.server.url, chairCookie);
    secretary = await TestClient.connect(room.server.url, (await join(room.server.url, links.secretary, "Ana")).cookie);
  }, 120_000);
  afterAll(async () => {
    chair?.close();
    secretary?.close();
    await room?.close();
  });

  it("is read at the log's head, and stays fresh through events that do not change it", async () => {
    const before = await readState();
    expect(before.seq).toBe(chair.replica.seq);
    // Events of the room (the status, an item opened) and presence (a delegate comes in) change nothing in it.
    const live = await chair.must("consultation:set-status", { status: "live" });
    const itemId = Object.values(chair.replica.state?.items ?? {}).find((item) => item.position === 0)?.id ?? "";
    const opened = await chair.must("agenda:open", { itemId });
    await room.delegate("Senegal");
    await chair.waitForSeq(opened.seq);
    await chair.sync();
    const applied = appliedSince(before);
    expect(applied.map((event) => event.seq)).toEqual(expect.arrayContaining([live.seq, opened.seq]));
    expect(applied.map((event) => event.type)).toContain("participant:joined");
    expect(stale(before)).toBe(false);
    const after = await readState();
    expect(after.seq).toBe(chair.replica.seq);
    expect({ ...after, seq: before.seq }).toEqual(before);
  });

  it("is stale after an edit, even one applied in the same frame as other events, and fresh once read again", async () => {
    const read = await readState();
    const narrative = { ...emptyNarrative(), overview: "The Working Group met." };
    const [edit, other] = await Promise.all([
      secretary.must("summary:edit-draft", { narrative, baseRevision: read.revision }),
      chair.must("display:show", { content: { kind: "message", text: "Coffee at eleven." } }),
    ]);
    await chair.waitForSeq(Math.max(edit.seq, other.seq));
    // The whole batch at once, as a browser's frame may apply it: the edit is found among the others.
    const batch = appliedSince(read);
    expect(batch.map((event) => event.type)).toContain("summary:draft-edited");
    expect(stale(read)).toBe(true);
    const again = await readState();
    expect(again.seq).toBeGreaterThanOrEqual(edit.seq);
    expect(again.revision).toBe(read.revision + 1);
    expect(again.narrative?.overview).toBe("The Working Group met.");
    expect(stale(again)).toBe(false);
  });

  it("is stale after the finalisation, then never again", async () => {
    const read = await readState();
    const finalised = await chair.must("summary:finalise", { revision: read.revision });
    await chair.waitForSeq(finalised.seq);
    expect(stale(read)).toBe(true);
    const final = await readState();
    expect(final).toMatchObject({ status: "final", seq: finalised.seq, coveredSeq: finalised.seq - 1 });
    expect(stale(final)).toBe(false);
  });
});
