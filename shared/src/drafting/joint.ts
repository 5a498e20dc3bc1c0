import type { Position } from "../decisions/positions.js";
import { byTime } from "../time/order.js";
import type { CoSignature, JointStatement } from "./entities.js";

/**
 * Positions as breakdowns count them: each published position, plus, for every confirmed
 * co-signatory of a joint position that still stands (the sponsor has not revised it since), the
 * joint position in the co-signatory's name. A co-signatory's own position wins over a joint one
 * (the stand-in has version 0, and breakdowns keep a delegation's highest version). Pending and
 * declined co-signatories count for nothing. Pure.
 */
export function positionsWithCoSignatories(
  positions: readonly Position[],
  joints: readonly JointStatement[],
  coSignatures: readonly CoSignature[],
): Position[] {
  const byId = new Map(positions.map((position) => [position.id, position]));
  const own = new Set(positions.map((position) => `${position.itemId} ${position.delegationId}`));
  const extra: Position[] = [];
  const counted = new Set<string>();
  for (const joint of joints) {
    if (joint.subject !== "position") continue;
    const position = byId.get(joint.subjectId);
    if (!position || position.version !== joint.subjectVersion) continue;
    for (const signature of coSignatures) {
      if (signature.jointId !== joint.id || signature.status !== "confirmed") continue;
      const key = `${position.itemId} ${signature.delegationId}`;
      if (own.has(key) || counted.has(key)) continue;
      counted.add(key);
      extra.push({
        ...position,
        id: `${joint.id}:${signature.delegationId}`,
        delegationId: signature.delegationId,
        version: 0,
      });
    }
  }
  return [...positions, ...extra];
}

/** The co-signatories of a joint statement by answer, in the order they were invited. */
export function coSignatoriesOf(
  jointId: string,
  coSignatures: readonly CoSignature[],
): Record<CoSignature["status"], string[]> {
  const answer: Record<CoSignature["status"], string[]> = { pending: [], confirmed: [], declined: [] };
  const own = coSignatures
    .filter((signature) => signature.jointId === jointId)
    .sort(byTime((signature) => signature.invitedAt));
  for (const signature of own) answer[signature.status].push(signature.delegationId);
  return answer;
}

/** The joint statement made on a position or proposal, if any (the latest for a position). */
export function jointStatementOn(
  subject: JointStatement["subject"],
  subjectId: string,
  joints: readonly JointStatement[],
): JointStatement | undefined {
  let found: JointStatement | undefined;
  for (const joint of joints) {
    if (joint.subject !== subject || joint.subjectId !== subjectId) continue;
    if (!found || joint.subjectVersion > found.subjectVersion) found = joint;
  }
  return found;
}
