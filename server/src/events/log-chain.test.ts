import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ChainedFields, canonicalJson, chain, eventHash, genesisHash } from "./log-chain.js";

const event = (seq: number, payload: unknown = { upsert: { items: [{ id: "a", title: "Q1" }] } }): ChainedFields => ({
  consultationId: "6f1c2d3e-0000-4000-8000-000000000001",
  seq,
  type: "item:added",
  actorId: null,
  at: new Date("2016-11-03T10:00:00.000Z"),
  payload,
});

describe("canonical JSON", () => {
  it("sorts keys at every level and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined, x: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"x":2,"z":1}]},"b":1}',
    );
  });

  it("keeps a __proto__ key as an ordinary member", () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it("gives the same text for the same value read back through JSON, whatever the key order", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const roundTripped: unknown = JSON.parse(JSON.stringify(value));
        expect(canonicalJson(roundTripped)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(roundTripped);
      }),
    );
  });
});

describe("the event chain", () => {
  it("is frozen: a known event has a known hash over a known text", () => {
    // If this changes, every stored chain breaks: the definition in log-chain.ts must not move.
    const framed =
      '["trilogue-log-v1","6f1c2d3e-0000-4000-8000-000000000001","' +
      genesisHash +
      '",1,"item:added",null,"2016-11-03T10:00:00.000Z",{"upsert":{"items":[{"id":"a","title":"Q1"}]}}]';
    const expected = createHash("sha256").update(framed, "utf8").digest("hex");
    expect(eventHash(genesisHash, event(1))).toBe(expected);
    expect(expected).toBe("ac68d079ce1b8a7bd98c8ad982449e11ca47e7bb3b78991a287a31f186693e07");
  });

  it("changes when any covered field changes", () => {
    const base = eventHash(genesisHash, event(1));
    expect(eventHash("1".repeat(64), event(1))).not.toBe(base);
    expect(eventHash(genesisHash, event(2))).not.toBe(base);
    expect(eventHash(genesisHash, { ...event(1), type: "item:removed" })).not.toBe(base);
    expect(eventHash(genesisHash, { ...event(1), actorId: "6f1c2d3e-0000-4000-8000-000000000002" })).not.toBe(base);
    expect(eventHash(genesisHash, { ...event(1), at: new Date("2016-11-03T10:00:00.001Z") })).not.toBe(base);
    expect(eventHash(genesisHash, event(1, { upsert: { items: [{ id: "a", title: "Q2" }] } }))).not.toBe(base);
    expect(eventHash(genesisHash, { ...event(1), consultationId: "6f1c2d3e-0000-4000-8000-000000000009" })).not.toBe(
      base,
    );
  });

  it("links each event to the one before", () => {
    const links = chain(genesisHash, [event(1), event(2), event(3)]);
    expect(links[0]?.prevHash).toBe(genesisHash);
    expect(links[1]?.prevHash).toBe(links[0]?.hash);
    expect(links[2]?.hash).toBe(eventHash(links[1]?.hash ?? "", event(3)));
  });
});
