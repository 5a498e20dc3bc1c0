import type { SummaryDocument } from "@trilogue/server";
import { type Constituency, type DecisionRule, decisionRules, decisionRuleTexts } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { download } from "../summary/readers.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { eventsAfter, expectRefused, headSeq, operator } from "./room.js";

/** The parties of the Working Group's meeting, one delegation each. */
const parties: Record<string, Constituency[]> = {
  France: ["council"],
  Senegal: ["council", "tpcc"],
  India: ["tpcc"],
  "South Sudan": ["host"],
  OHCHR: ["secretariat"],
  "African Union": ["observer"],
};
type Party = keyof typeof parties;

/** Who may block consensus under each rule, written out by hand from the domain (not from the code). */
const blockers: Record<DecisionRule, Party[]> = {
  council_decides: ["France", "Senegal"],
  council_and_tpccs_decide: ["France", "Senegal", "India"],
  member_states_decide: ["France", "Senegal", "India", "South Sudan"],
};
/** Polls are indicative under every rule: every consulted Member State votes; never the Secretariat. */
const voters: Party[] = ["France", "Senegal", "India", "South Sudan"];

type Meeting = {
  id: string;
  chair: TestClient;
  chairCookie: string;
  delegates: Record<Party, TestClient>;
  itemId: string;
  close(): void;
};

/** A consultation created by the operator with `rule`, with a chair and one delegate per party connected. */
async function convene(server: TestServer, rule: DecisionRule | undefined): Promise<Meeting> {
  const created = (await operator(server, "/api/operator/consultations", {
    title: `Who decides (${rule ?? "default"})`,
    date: "2016-11-03",
    confidentiality: "on_record",
    ...(rule ? { decisionRule: rule } : {}),
  })) as { id: string };
  const base = `/api/operator/consultations/${created.id}`;
  const connect = async (body: Record<string, unknown>, name: string) => {
    const invitation = (await operator(server, `${base}/invitations`, body)) as { url: string };
    const { cookie } = await join(server.url, invitation.url, name);
    return { cookie, client: await TestClient.connect(server.url, cookie) };
  };
  const chair = await connect({ role: "chair" }, "Fodé Seck");
  const delegates = {} as Record<Party, TestClient>;
  for (const [name, constituencies] of Object.entries(parties)) {
    const delegation = (await operator(server, `${base}/delegations`, { name, countryCode: null, constituencies })) as {
      id: string;
    };
    delegates[name] = (await connect({ role: "delegate", delegationId: delegation.id }, `Delegate of ${name}`)).client;
  }
  await chair.client.must("consultation:set-status", { status: "live" });
  const first = Object.values(chair.client.replica.state?.items ?? {}).sort((a, b) => a.position - b.position)[0];
  await chair.client.must("agenda:open", { itemId: first?.id ?? "" });
  return {
    id: created.id,
    chair: chair.client,
    chairCookie: chair.cookie,
    delegates,
    itemId: first?.id ?? "",
    close() {
      chair.client.close();
      for (const client of Object.values(delegates)) client.close();
    },
  };
}

describe.each(databaseKinds)("decision rules on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase(kind, { demo: false });
    server = await startServer(database, { DEMO: "false" });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("gives a new consultation the Working Group's practice, shown on the invitation", async () => {
    const meeting = await convene(server, undefined);
    expect(meeting.chair.replica.state?.consultation.decisionRule).toBe("council_decides");
    const invitation = (await operator(server, `/api/operator/consultations/${meeting.id}/invitations`, {
      role: "observer",
    })) as { url: string };
    const token = invitation.url.slice(invitation.url.indexOf("#") + 1);
    const preview = await fetch(`${server.url}/api/invitations/preview`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    expect(await preview.json()).toMatchObject({ decisionRule: "council_decides" });
    meeting.close();
  });

  it.each(decisionRules)("under %s: who votes, who blocks, the tally and the summary", async (rule) => {
    const meeting = await convene(server, rule);
    const { chair, delegates } = meeting;
    expect(chair.replica.state?.consultation.decisionRule).toBe(rule);

    const { id: pollId = "" } = await chair.must("poll:create", {
      itemId: meeting.itemId,
      question: "Should mandates name a political strategy?",
      kind: "yes_no_abstain",
    });
    await chair.must("poll:open", { pollId });
    // The refusals first: once ballots are in, the scheduler's turnout announcements move the log.
    const ballot = (name: Party) => (delegates[name] as TestClient).send("ballot:cast", { pollId, choices: [0] });
    for (const name of Object.keys(parties).filter((n) => !voters.includes(n)))
      await expectRefused(delegates[name] as TestClient, () => ballot(name), "FORBIDDEN", chair);
    for (const name of voters) await (delegates[name] as TestClient).must("ballot:cast", { pollId, choices: [0] });
    await chair.must("poll:close", { pollId });
    await headSeq(chair);
    const result = chair.replica.state?.polls[pollId]?.result;
    expect(result?.overall).toEqual([4, 0, 0]);
    expect(result?.turnout.overall).toBe(4);
    // Eligible: the four Member States; the Secretariat and the observer are not counted.
    expect(result?.eligible.overall).toBe(4);
    expect(result?.eligible.byConstituency.secretariat).toBe(0);

    // A decisive vote, marked so by the chair: the deciding delegations alone vote.
    const { id: voteId = "" } = await chair.must("poll:create", {
      itemId: meeting.itemId,
      question: "Shall the mandate name a political strategy?",
      kind: "yes_no_abstain",
      indicative: false,
    });
    await chair.must("poll:open", { pollId: voteId });
    for (const name of Object.keys(parties).filter((n) => !blockers[rule].includes(n))) {
      const client = delegates[name] as TestClient;
      await expectRefused(
        client,
        () => client.send("ballot:cast", { pollId: voteId, choices: [1] }),
        "FORBIDDEN",
        chair,
      );
    }
    for (const name of blockers[rule])
      await (delegates[name] as TestClient).must("ballot:cast", { pollId: voteId, choices: [1] });
    await chair.must("poll:close", { pollId: voteId });
    await headSeq(chair);
    const vote = chair.replica.state?.polls[voteId];
    expect(vote?.indicative).toBe(false);
    expect(vote?.result?.overall).toEqual([0, blockers[rule].length, 0]);
    expect(vote?.result?.eligible.overall).toBe(blockers[rule].length);

    const { id: callId = "" } = await chair.must("consensus:call", {
      subject: { kind: "conclusion", itemId: meeting.itemId, text: "Mandates should name a political strategy." },
      durationSeconds: 600,
    });
    for (const name of Object.keys(parties)) {
      const client = delegates[name] as TestClient;
      const object = () => client.send("consensus:object", { callId, reason: "Not as drafted." });
      if (blockers[rule].includes(name)) {
        await client.must("consensus:object", { callId, reason: "Not as drafted." });
        await client.must("consensus:withdraw-objection", { callId });
      } else await expectRefused(client, object, "FORBIDDEN", chair);
    }
    // The last word of a blocker stands; it alone decides the outcome.
    const blocker = delegates[blockers[rule][0] ?? "France"] as TestClient;
    await blocker.must("consensus:object", { callId, reason: "We cannot join consensus." });
    await chair.must("consensus:close", { callId });
    await headSeq(chair);
    expect(chair.replica.state?.consensusCalls[callId]?.outcome).toBe("not_adopted");

    // Once the room has begun to decide, the rule is fixed for the chair and the operator alike.
    const other = decisionRules.find((r) => r !== rule) ?? "council_decides";
    await expectRefused(chair, () => chair.send("consultation:set-decision-rule", { rule: other }), "CONFLICT");
    const patch = await fetch(`${server.url}/api/operator/consultations/${meeting.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.operatorToken}` },
      body: JSON.stringify({ decisionRule: other }),
    });
    expect(patch.status).toBe(409);

    // The summary states the rule, in its data and in its words.
    const json = await download(server, meeting.id, "json", meeting.chairCookie);
    const document = JSON.parse(json.body.toString("utf8")) as SummaryDocument;
    expect(document.decisionRule).toBe(rule);
    const markdown = (await download(server, meeting.id, "md", meeting.chairCookie)).body.toString("utf8");
    expect(markdown).toContain(decisionRuleTexts.en.rules[rule]);
    expect(markdown).toContain(decisionRuleTexts.en.notice);
    // The decisive vote under "Votes", the indicative poll apart, after it.
    expect(markdown.indexOf("Shall the mandate name")).toBeGreaterThan(markdown.indexOf("## Votes"));
    expect(markdown.indexOf("Should mandates name")).toBeGreaterThan(markdown.indexOf("## Indicative polls"));
    expect(markdown.indexOf("## Indicative polls")).toBeGreaterThan(markdown.indexOf("Shall the mandate name"));
    meeting.close();
  });

  it("lets the chair choose the rule before any poll or call, and tells the room", async () => {
    const meeting = await convene(server, "council_decides");
    const { chair } = meeting;
    const india = meeting.delegates.India as TestClient;
    const before = await headSeq(india);
    await chair.must("consultation:set-decision-rule", { rule: "council_and_tpccs_decide" });
    const events = await eventsAfter(india, before);
    expect(events.map((e) => e.type)).toEqual(["consultation:updated"]);
    await india.waitForSeq(before + 1);
    expect(india.replica.state?.consultation.decisionRule).toBe("council_and_tpccs_decide");
    // Not a delegate's choice.
    await expectRefused(
      india,
      () => india.send("consultation:set-decision-rule", { rule: "member_states_decide" }),
      "FORBIDDEN",
    );
    // A draft poll does not lock it; India may now block.
    await chair.must("poll:create", { itemId: meeting.itemId, question: "Draft?", kind: "yes_no_abstain" });
    await chair.must("consultation:set-decision-rule", { rule: "member_states_decide" });
    const { id: callId = "" } = await chair.must("consensus:call", {
      subject: { kind: "conclusion", itemId: meeting.itemId, text: "Agreed." },
      durationSeconds: 600,
    });
    await meeting.delegates["South Sudan"]?.must("consensus:object", { callId, reason: "Host State view." });
    meeting.close();
  });
});
