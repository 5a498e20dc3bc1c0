import type { ConsensusCall } from "./consensus.js";
import type { ExpectationStatus } from "./enums.js";
import type { Acceptance } from "./expectations.js";

type CallLike = Pick<ConsensusCall, "id" | "expectationId" | "expectationVersion" | "status" | "outcome" | "calledAt">;
type AcceptanceLike = Pick<Acceptance, "expectationId" | "version" | "kind">;

/** The latest consensus call on this version of the expectation, if any. */
export function latestCall<C extends CallLike>(
  expectation: { id: string; version: number },
  calls: readonly C[],
): C | undefined {
  let latest: C | undefined;
  for (const call of calls) {
    if (call.expectationId !== expectation.id || call.expectationVersion !== expectation.version) continue;
    if (!latest || call.calledAt > latest.calledAt || (call.calledAt === latest.calledAt && call.id > latest.id)) {
      latest = call;
    }
  }
  return latest;
}

/**
 * The status rule, pure and shared:
 * - draft: the current version has not been put to consensus (a new version starts over);
 * - proposed: its consensus call is open;
 * - not_agreed: the call closed with an objection standing, or a T/PCC does not accept it;
 * - agreed_with_reservations: adopted, and at least one T/PCC accepts with a national caveat;
 * - agreed: adopted, and every T/PCC that has recorded accepts without reservation (a T/PCC
 *   yet to record does not hold it back: consensus already adopted it).
 */
export function expectationStatus(
  expectation: { id: string; version: number },
  calls: readonly CallLike[],
  acceptances: readonly AcceptanceLike[],
): ExpectationStatus {
  const call = latestCall(expectation, calls);
  if (!call) return "draft";
  if (call.status === "open") return "proposed";
  if (call.outcome !== "adopted") return "not_agreed";
  const records = acceptances.filter((a) => a.expectationId === expectation.id && a.version === expectation.version);
  if (records.some((a) => a.kind === "does_not_accept")) return "not_agreed";
  if (records.some((a) => a.kind === "accepts_with_reservation")) return "agreed_with_reservations";
  return "agreed";
}

/** Whether T/PCCs may record acceptance: the current version was adopted by consensus. */
export function isAdopted(expectation: { id: string; version: number }, calls: readonly CallLike[]): boolean {
  const call = latestCall(expectation, calls);
  return call?.status === "closed" && call.outcome === "adopted";
}
