import type { AgendaItem } from "@trilogue/shared";
import { join, TestClient } from "../support/clients.js";
import type { TestServer } from "../support/server.js";
import type { ApiConsultation } from "./i18n-steps.js";

/** Other participants, on sockets, who bring a room to life while a browser watches it. */
export type RoomDrivers = {
  chair: TestClient;
  senegal: TestClient;
  egypt: TestClient;
  southSudan: TestClient;
  /** The first agenda item, opened. */
  item: AgendaItem;
  /** The open poll on it. */
  pollId: string;
  close(): void;
};

/** Statements in the language each delegation might use: shown as written, whatever the interface. */
const statements = {
  egypt: "يجب أن تستند ولايات حماية المدنيين إلى استراتيجية سياسية واضحة تدعمها موارد كافية.",
  senegal:
    "Les mandats doivent être assortis de ressources et d'évaluations des menaces partagées avec les contributeurs.",
  southSudan: "Host-State consent and sovereignty must come first.",
};

/**
 * Opens the session and the first item, fills the list of speakers (Egypt speaking, then a point
 * of order from South Sudan, then Senegal), publishes three positions and opens a named poll with
 * one ballot cast. The chair's poll question is in the consultation's working language.
 */
export async function bringRoomToLife(
  server: TestServer,
  room: ApiConsultation,
  pollQuestion: string,
): Promise<RoomDrivers> {
  const connect = async (link: Promise<string>, name: string) => {
    const { cookie } = await join(server.url, await link, name);
    return TestClient.connect(server.url, cookie);
  };
  const chair = await connect(room.link("chair"), "Vice-Chair");
  const senegal = await connect(room.link("delegate", "Senegal"), "Gorgui Ciss");
  const egypt = await connect(room.link("delegate", "مصر"), "عمرو أبو العطا");
  const southSudan = await connect(room.link("delegate", "South Sudan"), "Akuei Bona Malwal");
  const drivers = [chair, senegal, egypt, southSudan];

  await chair.must("consultation:set-status", { status: "live" });
  const first = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position)[0];
  if (!first) throw new Error("the template gave no agenda");
  await chair.must("agenda:open", { itemId: first.id });
  const egyptTurn = await egypt.must("floor:request", { kind: "speaker" });
  await senegal.must("floor:request", { kind: "speaker" });
  await southSudan.must("floor:request", { kind: "point_of_order" });
  await chair.must("floor:give", { requestId: egyptTurn.id ?? "" });

  await egypt.must("position:publish", { itemId: first.id, stance: "supports", statement: statements.egypt });
  await senegal.must("position:publish", {
    itemId: first.id,
    stance: "supports_with_reservations",
    statement: statements.senegal,
  });
  await southSudan.must("position:publish", { itemId: first.id, stance: "opposes", statement: statements.southSudan });

  const poll = await chair.must("poll:create", { itemId: first.id, question: pollQuestion, kind: "yes_no_abstain" });
  const pollId = poll.id ?? "";
  await chair.must("poll:open", { pollId });
  await egypt.must("ballot:cast", { pollId, choices: [0] });

  const item = chair.replica.state?.items[first.id] ?? first;
  const close = () => {
    for (const driver of drivers) driver.close();
  };
  return { chair, senegal, egypt, southSudan, item, pollId, close };
}
