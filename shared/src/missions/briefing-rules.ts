import type { Constituency, Role } from "../domain/enums.js";
import type { Distribution } from "./schemas.js";

/**
 * Whether a participant is on a briefing's distribution list. The chair and the secretary (who
 * run the meeting for the Secretariat) always are; anyone else through the whole consultation,
 * their delegation named, or one of its constituencies.
 */
export function onDistribution(
  list: Distribution,
  who: { role: Role; delegation: { id: string; constituencies: readonly Constituency[] } | null },
): boolean {
  if (who.role === "chair" || who.role === "secretary") return true;
  if (list.wholeConsultation) return true;
  if (!who.delegation) return false;
  const { id, constituencies } = who.delegation;
  return list.delegationIds.includes(id) || constituencies.some((c) => list.constituencies.includes(c));
}
