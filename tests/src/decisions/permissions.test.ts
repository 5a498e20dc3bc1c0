import type { CommandInput, CommandName, ExpectationFields } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { eventsAfter, expectRefused, headSeq, newNonce, openRoom, type Room } from "./room.js";

const fields: ExpectationFields = {
  scenario: "Electoral violence in the capital",
  threatActor: "communal_militia",
  tiers: ["tier_i", "tier_ii"],
  phases: ["prevention"],
  highestForceLevel: "presence_deterrence",
  conditions: { imminentThreat: false, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: { council: "", tpccs: "", secretariat: "", host_state: "", mission: "" },
};

describe.each(databaseKinds)("who may do what, on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  const people = {} as Record<"observer" | "adviser" | "secretary" | "france" | "au" | "rwanda", TestClient>;
  const ids = { draftPoll: "", openPoll: "", expectation: "", amendment: "", call: "" };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
    people.observer = await room.invite({ role: "observer" }, "European Union observer");
    people.adviser = await room.invite({ role: "adviser", delegationId: room.delegationId("Senegal") }, "Adviser");
    people.secretary = await room.invite({ role: "secretary" }, "Rapporteur");
    people.france = await room.delegate("France");
    people.au = await room.delegate("African Union");
    people.rwanda = await room.delegate("Rwanda");
    const poll = { itemId: room.item.id, question: "Indicative?", kind: "yes_no_abstain" } as const;
    ids.draftPoll = (await room.chair.must("poll:create", poll)).id ?? "";
    ids.openPoll = (await room.chair.must("poll:create", poll)).id ?? "";
    await room.chair.must("poll:open", { pollId: ids.openPoll });
    ids.expectation = (await people.secretary.must("expectation:draft", { itemId: null, fields })).id ?? "";
    ids.amendment =
      (
        await people.rwanda.must("expectation:amend", {
          expectationId: ids.expectation,
          changes: { tiers: ["tier_i"] },
        })
      ).id ?? "";
    ids.call =
      (
        await room.chair.must("consensus:call", {
          subject: { kind: "conclusion", itemId: room.item.id, text: "Dialogue continues." },
          durationSeconds: 600,
        })
      ).id ?? "";
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  /** Sends as each of `senders` and expects FORBIDDEN with no event appended. */
  async function refused<C extends CommandName>(
    name: C,
    senders: TestClient[],
    payload: () => Omit<CommandInput<C>, "idempotencyKey">,
  ) {
    for (const sender of senders)
      await expectRefused(sender, () => sender.send(name, payload()), "FORBIDDEN", room.chair);
  }

  it("refuses positions to those who may not draft or publish", async () => {
    const text = { itemId: room.item.id, stance: "supports" as const, statement: "" };
    await refused("position:save-draft", [people.observer, room.chair, people.secretary], () => text);
    await refused("position:discard-draft", [people.observer, people.secretary], () => ({ itemId: room.item.id }));
    await refused("position:publish", [people.adviser, people.observer, room.chair], () => text);
  });

  it("refuses polls to all but the chair, and ballots to all but voting delegations' delegates", async () => {
    const poll = { itemId: room.item.id, question: "Indicative?", kind: "yes_no_abstain" as const };
    await refused("poll:create", [people.secretary, people.france, people.observer], () => poll);
    await refused("poll:open", [people.france, people.secretary], () => ({ pollId: ids.draftPoll }));
    await refused("poll:close", [people.adviser, people.france], () => ({ pollId: ids.openPoll }));
    await refused("ballot:cast", [people.observer, people.adviser, room.chair, people.secretary, people.au], () => ({
      pollId: ids.openPoll,
      choices: [0],
    }));
  });

  it("refuses consensus calls and closes to all but the chair, objections to non-voters", async () => {
    const subject = { kind: "conclusion" as const, itemId: room.item.id, text: "Another." };
    await refused("consensus:call", [people.secretary, people.france], () => ({ subject, durationSeconds: 60 }));
    await refused("consensus:object", [people.adviser, people.observer, room.chair, people.au], () => ({
      callId: ids.call,
      reason: "No.",
    }));
    await refused("consensus:withdraw-objection", [room.chair, people.adviser], () => ({ callId: ids.call }));
    await refused("consensus:close", [people.france, people.secretary], () => ({ callId: ids.call }));
  });

  it("refuses expectation work to those it does not belong to", async () => {
    const expectationId = ids.expectation;
    await refused("expectation:draft", [people.france, people.adviser, people.observer], () => ({
      itemId: null,
      fields,
    }));
    await refused("expectation:revise", [people.france, people.observer], () => ({ expectationId, fields }));
    await refused("expectation:amend", [people.adviser, people.observer, room.chair], () => ({
      expectationId,
      changes: { phases: ["response" as const] },
    }));
    await refused("expectation:accept-amendment", [people.secretary, people.france], () => ({
      amendmentId: ids.amendment,
    }));
    await refused("expectation:reject-amendment", [people.secretary, people.rwanda], () => ({
      amendmentId: ids.amendment,
    }));
    // Adopt it, so that only the sender's standing is in question.
    const { id: callId } = await room.chair.must("consensus:call", {
      subject: { kind: "expectation", expectationId },
      durationSeconds: 60,
    });
    await room.chair.must("consensus:close", { callId: callId ?? "" });
    await refused("expectation:record-acceptance", [people.france, room.chair, people.adviser, people.au], () => ({
      expectationId,
      kind: "accepts" as const,
    }));
  });

  it("answers a bad payload with its issues and appends nothing", async () => {
    const before = await headSeq(room.chair);
    const ack = await people.france.send("ballot:cast", {
      pollId: "not-a-uuid",
      choices: [],
    });
    expect(ack.ok ? null : ack.error.issues?.map((issue) => issue.path[0]).sort()).toEqual(["choices", "pollId"]);
    expect(await eventsAfter(room.chair, before)).toEqual([]);
  });
});
