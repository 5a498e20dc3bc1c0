import { describe, expect, it } from "vitest";
import { commandNames } from "../commands.js";
import type { Me } from "../socket-events.js";
import { is } from "./guards.js";
import { may, whoMay } from "./who-may.js";

const person = (role: Me["role"], delegationId: string | null): Me => ({
  participantId: "p",
  consultationId: "c",
  role,
  delegationId,
  displayName: "Someone",
});

describe("who may", () => {
  it("holds one guard for every command, and nothing else", () => {
    expect(Object.keys(whoMay).sort()).toEqual([...commandNames].sort());
  });

  it("never lets a delegate without a delegation speak or vote", () => {
    const adrift = person("delegate", null);
    expect(is.delegate(adrift)).toBe(false);
    expect(may(adrift, "ballot:cast")).toBe(false);
    expect(may(adrift, "floor:request")).toBe(false);
    expect(may(person("delegate", "d"), "ballot:cast")).toBe(true);
  });

  it("lets advisers draft for their delegation but not speak or vote for it", () => {
    const adviser = person("adviser", "d");
    expect(may(adviser, "position:save-draft")).toBe(true);
    expect(may(adviser, "draft:propose")).toBe(true);
    expect(may(adviser, "position:publish")).toBe(false);
    expect(may(adviser, "ballot:cast")).toBe(false);
    expect(may(adviser, "consensus:object")).toBe(false);
  });

  it("gives observers and the signed-out nothing to send", () => {
    for (const command of commandNames) {
      expect(may(person("observer", null), command)).toBe(false);
      expect(may(null, command)).toBe(false);
    }
  });

  it("keeps the secretary to the record and the chair to the meeting", () => {
    expect(may(person("secretary", null), "summary:edit-draft")).toBe(true);
    expect(may(person("chair", null), "summary:edit-draft")).toBe(false);
    expect(may(person("chair", null), "summary:finalise")).toBe(true);
    expect(may(person("secretary", null), "floor:give")).toBe(false);
  });
});
