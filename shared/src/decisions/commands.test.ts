import { describe, expect, it } from "vitest";
import { commandSchemas } from "../commands.js";
import { uuid } from "./test-factories.js";

const key = { idempotencyKey: "key-12345678" };

describe("decision command payloads", () => {
  it("takes a yes/no/abstain poll without options and refuses a secret poll with live results", () => {
    const poll = { ...key, itemId: uuid(1), question: "Should the mandate say so?", kind: "yes_no_abstain" };
    expect(commandSchemas["poll:create"].safeParse(poll).success).toBe(true);
    const secretLive = commandSchemas["poll:create"].safeParse({ ...poll, secret: true, resultsVisibility: "live" });
    expect(secretLive.error?.issues[0]?.path).toEqual(["resultsVisibility"]);
    expect(commandSchemas["poll:create"].safeParse({ ...poll, options: ["a", "b"] }).success).toBe(false);
  });

  it("takes delegations as extra trustees of a secret poll only, each once", () => {
    const poll = { ...key, itemId: uuid(1), question: "Should the mandate say so?", kind: "yes_no_abstain" };
    const parse = (input: object) => commandSchemas["poll:create"].safeParse({ ...poll, ...input });
    expect(parse({ secret: true, trustees: [uuid(2), uuid(3)] }).success).toBe(true);
    expect(parse({ secret: false, trustees: [uuid(2)] }).error?.issues[0]?.path).toEqual(["trustees"]);
    expect(parse({ secret: true, trustees: [uuid(2), uuid(2)] }).error?.issues[0]?.path).toEqual(["trustees"]);
    expect(parse({ secret: true, trustees: [1, 2, 3, 4, 5].map(uuid) }).success).toBe(false);
  });

  it("wants at least two distinct options for a choice poll, and maxChoices within them", () => {
    const poll = { ...key, itemId: uuid(1), question: "Which tier?", kind: "multiple_choice" };
    expect(commandSchemas["poll:create"].safeParse({ ...poll, options: ["I"] }).success).toBe(false);
    expect(commandSchemas["poll:create"].safeParse({ ...poll, options: ["I", "i"] }).success).toBe(false);
    expect(commandSchemas["poll:create"].safeParse({ ...poll, options: ["I", "II"], maxChoices: 3 }).success).toBe(
      false,
    );
    expect(commandSchemas["poll:create"].safeParse({ ...poll, options: ["I", "II"], maxChoices: 2 }).success).toBe(
      true,
    );
  });

  it("limits ballots, receipts and statements", () => {
    const ballot = { ...key, pollId: uuid(1), choices: [0] };
    expect(commandSchemas["ballot:cast"].safeParse(ballot).success).toBe(true);
    expect(commandSchemas["ballot:cast"].safeParse({ ...ballot, choices: [0, 0] }).success).toBe(false);
    // A ballot has choices (named) or a sealed ballot (secret), never neither.
    expect(commandSchemas["ballot:cast"].safeParse({ ...key, pollId: uuid(1) }).success).toBe(false);
    const position = { ...key, itemId: uuid(1), stance: "supports", statement: "x".repeat(4001) };
    expect(commandSchemas["position:publish"].safeParse(position).success).toBe(false);
  });

  it("requires a caveat with a reservation and none with a plain acceptance", () => {
    const record = { ...key, expectationId: uuid(1) };
    const schema = commandSchemas["expectation:record-acceptance"];
    expect(schema.safeParse({ ...record, kind: "accepts_with_reservation" }).success).toBe(false);
    expect(schema.safeParse({ ...record, kind: "accepts_with_reservation", caveat: "Sector only" }).success).toBe(true);
    expect(schema.safeParse({ ...record, kind: "accepts", caveat: "Sector only" }).success).toBe(false);
    expect(schema.safeParse({ ...record, kind: "does_not_accept", caveat: "No deadly force" }).success).toBe(true);
  });

  it("puts either a conclusion or an expectation to consensus, for a bounded time", () => {
    const schema = commandSchemas["consensus:call"];
    const conclusion = { kind: "conclusion", itemId: uuid(1), text: "The Council will consult T/PCCs earlier." };
    expect(schema.safeParse({ ...key, subject: conclusion, durationSeconds: 60 }).success).toBe(true);
    expect(schema.safeParse({ ...key, subject: conclusion, durationSeconds: 5 }).success).toBe(false);
    expect(
      schema.safeParse({ ...key, subject: { kind: "expectation", itemId: uuid(1) }, durationSeconds: 60 }).success,
    ).toBe(false);
  });

  it("refuses an amendment that changes nothing, and repeated tiers", () => {
    const schema = commandSchemas["expectation:amend"];
    expect(schema.safeParse({ ...key, expectationId: uuid(1), changes: {} }).success).toBe(false);
    expect(schema.safeParse({ ...key, expectationId: uuid(1), changes: { tiers: ["tier_i", "tier_i"] } }).success).toBe(
      false,
    );
    expect(
      schema.safeParse({ ...key, expectationId: uuid(1), changes: { highestForceLevel: "interposition" } }).success,
    ).toBe(true);
  });
});
