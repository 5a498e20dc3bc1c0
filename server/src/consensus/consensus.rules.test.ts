import { describe, expect, it } from "vitest";
import { assertCallAcceptsObjections, assertMayObject, assertNoOpenCall, callDeadline } from "./consensus.rules.js";

describe("consensus rules", () => {
  const now = new Date("2016-11-03T10:00:00.000Z");
  const call = { status: "open", deadlineAt: callDeadline(now, 60) };

  it("accepts objections strictly before the deadline, whether or not the call is closed yet", () => {
    expect(() => assertCallAcceptsObjections(call, new Date(now.getTime() + 59_999))).not.toThrow();
    expect(() => assertCallAcceptsObjections(call, new Date(now.getTime() + 60_000))).toThrow(/deadline/);
    expect(() => assertCallAcceptsObjections({ ...call, status: "closed" }, now)).toThrow(/closed/);
  });

  it("lets no observer block consensus", () => {
    expect(() => assertMayObject({ constituencies: ["observer"] }, "member_states_decide")).toThrow(/Observers/);
    expect(() => assertMayObject({ constituencies: ["host"] }, "member_states_decide")).not.toThrow();
    expect(() => assertMayObject({ constituencies: ["host"] }, "council_decides")).toThrow(/decision rule/);
    expect(() => assertMayObject({ constituencies: ["secretariat"] }, "member_states_decide")).toThrow(/decision rule/);
  });

  it("allows one open call per subject", () => {
    expect(() => assertNoOpenCall([{}])).toThrow(/already before the room/);
    expect(() => assertNoOpenCall([])).not.toThrow();
  });
});
