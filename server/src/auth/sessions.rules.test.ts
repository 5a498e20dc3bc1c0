import { describe, expect, it } from "vitest";
import { type SessionTimes, sessionEnd, sessionExpiry, worthRecordingUse } from "./sessions.rules.js";

const t0 = new Date("2026-01-01T09:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const session = (over: Partial<SessionTimes> = {}): SessionTimes => ({
  createdAt: t0,
  expiresAt: at(3600),
  lastSeenAt: null,
  idleSeconds: 600,
  revokedAt: null,
  revokedReason: null,
  ...over,
});

describe("session lifetimes", () => {
  it("works until idle, and a use moves the idle deadline", () => {
    expect(sessionEnd(session(), at(599))).toBeNull();
    expect(sessionEnd(session(), at(600))).toBe("idle");
    expect(sessionEnd(session({ lastSeenAt: at(500) }), at(1000))).toBeNull();
  });

  it("ends at its absolute expiry however recently used", () => {
    expect(sessionEnd(session({ lastSeenAt: at(3599) }), at(3600))).toBe("expired");
  });

  it("names why it was revoked", () => {
    expect(sessionEnd(session({ revokedAt: at(1), revokedReason: "signed-out" }), at(2))).toBe("signed-out");
    expect(sessionEnd(session({ revokedAt: at(1), revokedReason: "replaced" }), at(2))).toBe("replaced");
    expect(sessionEnd(session({ revokedAt: at(1), revokedReason: null }), at(2))).toBe("revoked");
  });

  it("never outlives its link", () => {
    expect(sessionExpiry(t0, { idleSeconds: 60, maxSeconds: 7200 }, at(3600))).toEqual(at(3600));
    expect(sessionExpiry(t0, { idleSeconds: 60, maxSeconds: 1800 }, at(3600))).toEqual(at(1800));
  });

  it("records a use at most once a minute", () => {
    expect(worthRecordingUse(session(), at(59))).toBe(false);
    expect(worthRecordingUse(session(), at(60))).toBe(true);
    expect(worthRecordingUse(session({ idleSeconds: 10 }), at(1))).toBe(true);
    expect(worthRecordingUse(session({ idleSeconds: null }), at(1000))).toBe(false);
  });
});
