import { commandNames } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoom, type Room } from "../decisions/room.js";
import { publishChairKey, sealIn } from "../decisions/secret-polls.js";
import type { TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { queryRows, startServer, type TestServer } from "../support/server.js";
import { boundaryCases, fields, type TargetIds } from "./delegation-boundary.cases.js";

const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v instanceof Date ? v.toISOString() : v));

describe.each(databaseKinds)("a delegation can never act for another, on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  let x: TestClient;
  let y: TestClient;
  let ids: TargetIds;
  const rows = <T>(sql: string) => queryRows<T>(server.app, sql);

  /** Every stored row that belongs to a delegation other than `x`, by table, as sorted text. */
  async function othersFootprint(x: string): Promise<Record<string, string[]>> {
    const columns = await rows<{ table_name: string; column_name: string }>(
      "select table_name, column_name from information_schema.columns where table_schema = 'public' " +
        "and column_name like '%delegation_id' order by 1, 2",
    );
    const parts: Record<string, string[]> = {};
    for (const { table_name: table, column_name: column } of columns) {
      const found = await rows<unknown>(`select * from "${table}" where "${column}" <> '${x}'`);
      parts[`${table}.${column}`] = found.map(json).sort();
    }
    parts.delegations = (await rows<unknown>(`select * from delegations where id <> '${x}'`)).map(json).sort();
    parts.positionVersions = (
      await rows<unknown>(
        `select * from position_versions where position_id in (select id from positions where delegation_id <> '${x}')`,
      )
    )
      .map(json)
      .sort();
    return parts;
  }

  /** Others' rows are unchanged, but for new pending co-signatures when `invited`. */
  function expectUnchanged(
    before: Record<string, string[]>,
    after: Record<string, string[]>,
    invited: boolean,
    label: string,
  ) {
    const key = "co_signatures.delegation_id";
    if (invited) {
      const added = (after[key] ?? []).filter((row) => !(before[key] ?? []).includes(row));
      expect(added.length, label).toBeGreaterThan(0);
      for (const row of added) expect(JSON.parse(row), label).toMatchObject({ status: "pending", decided_by: null });
      expect(
        after[key]?.filter((row) => !added.includes(row)),
        label,
      ).toEqual(before[key]);
    }
    const without = (parts: Record<string, string[]>) => ({ ...parts, [key]: invited ? [] : parts[key] });
    expect(without(after), label).toEqual(without(before));
  }

  /** Y's sealed ballot as the secret poll stores it. */
  const secretFootprint = async () =>
    json(
      await rows(
        `select * from poll_sealed_ballots where poll_id = '${ids.secretPoll}' and delegation_id = '${room.delegationId("Senegal")}'`,
      ),
    );
  /** Events appended after `seq`, but for the scheduler's turnout counts (its own work, no actor). */
  const appendedSince = async (seq: number) =>
    rows<{ type: string }>(
      `select type from consultation_events where consultation_id = '${room.consultationId}' and seq > ${seq} ` +
        "and not (type = 'poll:turnout-changed' and actor_id is null)",
    );
  const head = async () =>
    Number(
      (await rows<{ last_seq: number }>(`select last_seq from consultations where id = '${room.consultationId}'`))[0]
        ?.last_seq,
    );

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
    const chair = room.chair;
    y = await room.delegate("Senegal");
    x = await room.delegate("Rwanda");
    const items = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position);
    const otherItemId = items[1]?.id ?? "";
    // Before anything is opened: a rule under which both X (a T/PCC) and Y (Council, T/PCC) may object,
    // so the consensus cases show whose objection it is, not whether X may object at all.
    await chair.must("consultation:set-decision-rule", { rule: "council_and_tpccs_decide" });
    const poll = { itemId: room.item.id, question: "Indicative?", kind: "yes_no_abstain" } as const;
    const namedPoll = (await chair.must("poll:create", { ...poll, resultsVisibility: "live" })).id ?? "";
    const secretPoll = (await chair.must("poll:create", { ...poll, secret: true })).id ?? "";
    await chair.must("poll:open", { pollId: namedPoll });
    await publishChairKey(chair, secretPoll);
    await chair.must("poll:open", { pollId: secretPoll });
    await y.sync();
    const ySealed = sealIn(y, secretPoll, [1]);
    await y.must("ballot:cast", { pollId: namedPoll, choices: [0] });
    await y.must("ballot:cast", { pollId: secretPoll, sealed: ySealed });
    await x.sync();
    const xSealed = sealIn(x, secretPoll, [0]);
    const yRequest = (await y.must("floor:request", { kind: "speaker" })).id ?? "";
    await y.must("position:publish", { itemId: room.item.id, stance: "supports", statement: "Senegal's view." });
    await y.must("position:save-draft", { itemId: otherItemId, stance: "neutral", statement: "Senegal's draft." });
    const subject = { kind: "conclusion", itemId: room.item.id, text: "Dialogue continues." } as const;
    const call = (await chair.must("consensus:call", { subject, durationSeconds: 600 })).id ?? "";
    await y.must("consensus:object", { callId: call, reason: "Senegal objects." });
    const expectation = (await chair.must("expectation:draft", { itemId: null, fields })).id ?? "";
    const yAmendment =
      (await y.must("expectation:amend", { expectationId: expectation, changes: { tiers: ["tier_i"] } })).id ?? "";
    const adopted = (await chair.must("expectation:draft", { itemId: null, fields })).id ?? "";
    const adoption = await chair.must("consensus:call", {
      subject: { kind: "expectation", expectationId: adopted },
      durationSeconds: 60,
    });
    await chair.must("consensus:close", { callId: adoption.id ?? "" });
    await y.must("expectation:record-acceptance", { expectationId: adopted, kind: "accepts" });
    const draftId = (await chair.must("draft:open", { itemId: room.item.id, title: "Elements" })).id ?? "";
    const paragraphId =
      (await chair.must("draft:add-paragraph", { draftId, kind: "operative", text: "Requests a report." })).id ?? "";
    const proposed = await y.must("draft:propose", {
      draftId,
      change: { kind: "replace", paragraphId, baseVersion: 1, passage: "report", text: "briefing" },
      coSponsors: [room.delegationId("Egypt")],
    });
    await chair.waitForSeq(proposed.seq);
    const zCoSignature = Object.values(chair.replica.state?.coSignatures ?? {}).find(
      (signature) => signature.delegationId === room.delegationId("Egypt"),
    );
    ids = {
      itemId: room.item.id,
      otherItemId,
      yRequest,
      namedPoll,
      secretPoll,
      ySealed,
      xSealed,
      call,
      expectation,
      yAmendment,
      adopted,
      draftItemId: otherItemId,
      draftId,
      paragraphId,
      yProposal: proposed.id ?? "",
      zCoSignature: zCoSignature?.id ?? "",
      yDelegation: room.delegationId("Senegal"),
    };
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  it("has a case for every command", () => {
    expect([...new Set(boundaryCases.map((c) => c.command))].sort()).toEqual([...commandNames].sort());
  });

  it("refuses each command aimed at Y's entities, or carries it out for X alone", async () => {
    const xId = room.delegationId("Rwanda");
    for (const testCase of boundaryCases) {
      const label = `${testCase.command}: ${testCase.what}`;
      const [othersBefore, secretBefore, seqBefore] = [
        await othersFootprint(xId),
        await secretFootprint(),
        await head(),
      ];
      const payload = testCase.payload(ids);
      const ack = await x.send(testCase.command, payload as never);
      let invited = false;
      if ("refused" in testCase.expect) {
        expect(ack.ok ? "accepted" : ack.error.code, label).toSatisfy((code: string) =>
          (testCase.expect as { refused: string[] }).refused.includes(code),
        );
        expect(await appendedSince(seqBefore), label).toEqual([]);
        expect(await secretFootprint(), label).toBe(secretBefore);
      } else {
        expect(ack.ok ? "accepted" : `${ack.error.code} ${ack.error.message}`, label).toBe("accepted");
        const own = testCase.expect.own;
        invited = "othersInvited" in own;
        const column = "column" in own ? own.column : "delegation_id";
        const where = own.byAckId
          ? `id = '${ack.ok ? ack.data.id : ""}'`
          : "pollId" in payload
            ? `poll_id = '${String(payload.pollId)}'`
            : `item_id = '${String(payload.itemId)}'`;
        const owners = await rows<{ owner: string }>(`select ${column} as owner from ${own.table} where ${where}`);
        expect(
          owners.map((row) => row.owner),
          label,
        ).toContain(xId);
        if (own.byAckId)
          expect(
            owners.map((row) => row.owner),
            label,
          ).toEqual([xId]);
      }
      expectUnchanged(othersBefore, await othersFootprint(xId), invited, label);
    }
  });

  it("never shows X the drafts of Y", async () => {
    const response = await fetch(`${server.url}/api/positions/drafts`, { headers: { cookie: room.cookieOf(x) } });
    const { drafts } = (await response.json()) as { drafts: { delegationId: string }[] };
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((draft) => draft.delegationId === room.delegationId("Rwanda"))).toBe(true);
  });
});
