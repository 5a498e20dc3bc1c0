import type { ConsultationState, Paragraph } from "@trilogue/shared";
import type { Room } from "../decisions/room.js";
import type { TestClient } from "../support/clients.js";

/** The live state a client holds (after catching up), failing the test if it has none. */
export async function stateOf(client: TestClient): Promise<ConsultationState> {
  await client.sync();
  const state = client.replica.state;
  if (!state) throw new Error("no state yet");
  return state;
}

/** One paragraph as a client holds it. */
export async function paragraphOf(client: TestClient, id: string): Promise<Paragraph> {
  const paragraph = (await stateOf(client)).paragraphs[id];
  if (!paragraph) throw new Error(`no paragraph ${id}`);
  return paragraph;
}

/** Opens a draft on the room's item and adds the paragraphs given, in order; returns their ids. */
export async function openDraft(
  room: Room,
  paragraphs: { kind: "preambular" | "operative"; text: string; level?: number }[],
): Promise<{ draftId: string; paragraphIds: string[] }> {
  const opened = await room.chair.must("draft:open", { itemId: room.item.id, title: "Elements for mandate language" });
  const draftId = opened.id ?? "";
  const paragraphIds: string[] = [];
  for (const paragraph of paragraphs) {
    const added = await room.chair.must("draft:add-paragraph", { draftId, ...paragraph });
    paragraphIds.push(added.id ?? "");
  }
  return { draftId, paragraphIds };
}
