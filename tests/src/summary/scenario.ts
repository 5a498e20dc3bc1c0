import { randomBytes } from "node:crypto";
import type { AgendaItem, Confidentiality, ExpectationFields, SummaryNarrative } from "@trilogue/shared";
import { decryptAsChair, publishChairKey, sealIn } from "../decisions/secret-polls.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { playDrafting } from "./drafting-scenario.js";

/** Fifteen of the demo's eighteen delegations, across every constituency, each with a named delegate. */
export const attending = {
  China: "Li Wei",
  France: "Claire Dubois",
  "Russian Federation": "Ivan Petrov",
  "United Kingdom": "Oliver Smith",
  "United States": "Emma Johnson",
  Senegal: "Awa Ndiaye",
  Egypt: "Ahmed Hassan",
  Uruguay: "Lucía Pérez",
  Ethiopia: "Abebe Bekele",
  India: "Priya Sharma",
  Rwanda: "Jean Uwimana",
  "Department of Peacekeeping Operations": "Maria Rossi",
  "South Sudan": "Deng Garang",
  "Central African Republic": "Faustin Touadéra",
  "African Union": "Sofia Costa",
} as const;
export type DelegationName = keyof typeof attending;
export const chairName = "Fodé Seck";
export const secretaryName = "Ana Rapporteur";
/** Registered in the demo but never joined. */
export const absent = ["Japan", "Bangladesh", "OHCHR"] as const;

const stances = ["supports", "supports_with_reservations", "neutral", "opposes"] as const;
/** What each delegation says; one names another delegation and a person, for the redaction check. */
export const statementOf = (name: DelegationName, item: number) =>
  name === "France" && item === 1
    ? "As Senegal and Awa Ndiaye said, mandates need a political strategy that the host State owns."
    : `Position ${item} of our delegation: protection of civilians needs early warning and resources.`;

export const expectationFields = (scenario: string): ExpectationFields => ({
  scenario,
  threatActor: "non_state_armed_group",
  tiers: ["tier_ii"],
  phases: ["pre_emption", "response"],
  highestForceLevel: "deadly_force_last_resort",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: {
    council: "Keep the mandate's POC priority explicit.",
    tpccs: "Deploy quick-reaction forces without caveats on patrolling.",
    secretariat: "Share threat assessments with T/PCCs in advance.",
    host_state: "Allow freedom of movement to the camp.",
    mission: "Maintain a standing presence at the camp perimeter.",
  },
});
export const scenarios = [
  "An armed group threatens a camp for displaced people next to a mission base",
  "Electoral violence in the capital",
] as const;
export const caveats = {
  India: "Deadly force only within the contingent's area of responsibility.",
  Senegal: "Subject to national command approval for operations beyond 10 km.",
} as const;
export const conclusionOf = (item: number) => `The Chair concluded item ${item}: mandates must be prioritised.`;
export const pollQuestions = {
  named: "Should the Working Group recommend triangular consultations before every renewal?",
  choice: "Which channel should carry threat assessments to contributors?",
  secret: "Should host States report quarterly on protection of civilians?",
} as const;

/** A consultation played through real commands: who is in it and what it produced. */
export type Played = {
  database: TestDatabase;
  server: TestServer;
  consultationId: string;
  chair: TestClient;
  secretary: TestClient;
  delegates: Map<DelegationName, TestClient>;
  cookies: { chair: string; secretary: string; delegate: string };
  items: AgendaItem[];
  narrative: SummaryNarrative;
  /** Every person's display name in the room. */
  people: string[];
  close(): Promise<void>;
};

/**
 * Plays the demo consultation through: fifteen delegations join; on each of the five items three
 * delegations take the floor and every delegation states a position; three polls (named yes/no,
 * named single choice, secret yes/no); a draft on item 1 (see `playDrafting`); a consensus call on
 * item 1 blocked by one objection; two
 * expectations adopted, with two reservations and a non-acceptance; every item concluded; the
 * secretary writes the narrative. The demo is held under Chatham House unless `confidentiality`
 * says otherwise (set before anyone speaks).
 */
export async function playConsultation(
  kind: DatabaseKind,
  options: { confidentiality?: Confidentiality } = {},
): Promise<Played> {
  const database = await createTestDatabase(kind);
  const server = await startServer(database);
  const links = server.app.demoLinks;
  if (!links) throw new Error("no demo consultation");
  if (options.confidentiality) {
    // Before anything is said: afterwards the mode could only become stricter.
    const response = await server.app.inject({
      method: "PATCH",
      url: `/api/operator/consultations/${links.consultationId}`,
      headers: { authorization: `Bearer ${server.operatorToken}` },
      payload: { confidentiality: options.confidentiality },
    });
    if (response.statusCode !== 200) throw new Error(`PATCH failed: ${response.statusCode} ${response.body}`);
  }
  const clients: TestClient[] = [];
  const connect = async (link: string, person: string) => {
    const { cookie } = await join(server.url, link, person);
    const client = await TestClient.connect(server.url, cookie);
    clients.push(client);
    return { client, cookie };
  };
  const chair = await connect(links.chair, chairName);
  const secretary = await connect(links.secretary, secretaryName);
  const delegates = new Map<DelegationName, TestClient>();
  let delegateCookie = "";
  for (const [name, person] of Object.entries(attending) as [DelegationName, string][]) {
    const link = links.delegations.find((d) => d.name === name)?.url;
    if (!link) throw new Error(`no demo delegation ${name}`);
    const joined = await connect(link, person);
    delegates.set(name, joined.client);
    if (name === "Ethiopia") delegateCookie = joined.cookie;
  }
  const d = (name: DelegationName) => {
    const client = delegates.get(name);
    if (!client) throw new Error(name);
    return client;
  };
  const boss = chair.client;
  await boss.must("consultation:set-status", { status: "live" });
  await boss.sync();
  const items = Object.values(boss.replica.state?.items ?? {}).sort((a, b) => a.position - b.position);
  // Member States only: observers and the Secretariat never vote (decision rules).
  const voters = (Object.keys(attending) as DelegationName[]).filter(
    (name) => name !== "African Union" && name !== "Department of Peacekeeping Operations",
  );

  for (const [index, item] of items.entries()) {
    const number = index + 1;
    await boss.must("agenda:open", { itemId: item.id });
    for (const speaker of (["France", "India", "South Sudan"] as const).slice(0, 3)) {
      const { id } = await d(speaker).must("floor:request", { kind: "speaker" });
      await boss.must("floor:give", { requestId: id ?? "" });
      await boss.must("floor:end-turn", {});
    }
    for (const [j, name] of (Object.keys(attending) as DelegationName[]).entries()) {
      await d(name).must("position:publish", {
        itemId: item.id,
        stance: stances[(j + index) % stances.length] ?? "neutral",
        statement: statementOf(name, number),
      });
    }
    if (number === 1) {
      await playDrafting(boss, d, item.id);
      const { id: pollId } = await boss.must("poll:create", {
        itemId: item.id,
        question: pollQuestions.named,
        kind: "yes_no_abstain",
      });
      await boss.must("poll:open", { pollId: pollId ?? "" });
      for (const [j, name] of voters.entries())
        await d(name).must("ballot:cast", { pollId: pollId ?? "", choices: [j % 3] });
      await boss.must("poll:close", { pollId: pollId ?? "" });
      const { id: callId } = await boss.must("consensus:call", {
        subject: { kind: "conclusion", itemId: item.id, text: conclusionOf(number) },
        durationSeconds: 600,
      });
      await d("Russian Federation").must("consensus:object", {
        callId: callId ?? "",
        reason: "The text does not reflect the primary responsibility of the host State.",
      });
      await boss.must("consensus:close", { callId: callId ?? "" });
    }
    if (number === 2) {
      const { id: pollId } = await boss.must("poll:create", {
        itemId: item.id,
        question: pollQuestions.choice,
        kind: "single_choice",
        options: ["Force headquarters", "Secretariat briefings"],
      });
      await boss.must("poll:open", { pollId: pollId ?? "" });
      for (const [j, name] of voters.entries())
        await d(name).must("ballot:cast", { pollId: pollId ?? "", choices: [j % 2] });
      await boss.must("poll:close", { pollId: pollId ?? "" });
      for (const scenario of scenarios) {
        const { id } = await secretary.client.must("expectation:draft", {
          itemId: item.id,
          fields: expectationFields(scenario),
        });
        const { id: callId } = await boss.must("consensus:call", {
          subject: { kind: "expectation", expectationId: id ?? "" },
          durationSeconds: 600,
        });
        await boss.must("consensus:close", { callId: callId ?? "" });
        const expectationId = id ?? "";
        await d("China").must("expectation:record-acceptance", { expectationId, kind: "accepts" });
        await d("India").must("expectation:record-acceptance", {
          expectationId,
          kind: "accepts_with_reservation",
          caveat: caveats.India,
        });
        await d("Senegal").must("expectation:record-acceptance", {
          expectationId,
          kind: "accepts_with_reservation",
          caveat: caveats.Senegal,
        });
        if (scenario === scenarios[1]) {
          await d("Rwanda").must("expectation:record-acceptance", {
            expectationId,
            kind: "does_not_accept",
            caveat: "Rwanda's contingent is not deployed in the capital.",
          });
        }
      }
    }
    if (number === 3) {
      const { id: pollId } = await boss.must("poll:create", {
        itemId: item.id,
        question: pollQuestions.secret,
        kind: "yes_no_abstain",
        secret: true,
      });
      const key = await publishChairKey(boss, pollId ?? "");
      await boss.must("poll:open", { pollId: pollId ?? "" });
      await boss.sync();
      for (const [j, name] of voters.entries()) {
        await d(name).must("ballot:cast", { pollId: pollId ?? "", sealed: sealIn(boss, pollId ?? "", [j % 3]) });
      }
      await boss.must("poll:close", { pollId: pollId ?? "" });
      await decryptAsChair(
        { url: server.url, consultationId: links.consultationId, cookie: chair.cookie },
        boss,
        pollId ?? "",
        key,
      );
    }
    await boss.must("agenda:conclude", { itemId: item.id, conclusion: conclusionOf(number) });
  }
  await boss.sync();
  const narrative: SummaryNarrative = {
    overview:
      "The Working Group met to discuss the protection of civilians with the Council, T/PCCs, the Secretariat and host States.",
    items: items.slice(0, 2).map((item, i) => ({
      itemId: item.id,
      summary: `Discussion of item ${i + 1} showed broad support; Claire Dubois of France asked for more resources.`,
    })),
    followUp: [{ action: "Circulate the summary to the Council and the T/PCCs", responsible: "Secretariat" }],
  };
  await secretary.client.must("summary:edit-draft", { narrative, baseRevision: 0 });
  return {
    database,
    server,
    consultationId: links.consultationId,
    chair: boss,
    secretary: secretary.client,
    delegates,
    cookies: { chair: chair.cookie, secretary: secretary.cookie, delegate: delegateCookie },
    items: Object.values(boss.replica.state?.items ?? {}).sort((a, b) => a.position - b.position),
    narrative,
    people: [chairName, secretaryName, ...Object.values(attending)],
    close: async () => {
      for (const client of clients) client.close();
      await server.close();
      await database.drop();
    },
  };
}
