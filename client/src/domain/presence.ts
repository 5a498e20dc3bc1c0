import type { Delegation, Participant } from "@trilogue/shared";

/** One delegation's attendance: who of it has joined and who is connected now. */
export type DelegationPresence = {
  delegation: Delegation;
  /** Everyone of the delegation who has joined. */
  participants: Participant[];
  /** How many of them are connected now. */
  onlineCount: number;
};

/** Attendance by delegation, in alphabetical order. */
export function presenceByDelegation(
  delegations: Record<string, Delegation>,
  participants: Record<string, Participant>,
  online: ReadonlySet<string>,
): DelegationPresence[] {
  const byDelegation = new Map<string, Participant[]>();
  for (const participant of Object.values(participants)) {
    if (!participant.delegationId) continue;
    const list = byDelegation.get(participant.delegationId) ?? [];
    list.push(participant);
    byDelegation.set(participant.delegationId, list);
  }
  return Object.values(delegations)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((delegation) => {
      const members = byDelegation.get(delegation.id) ?? [];
      return {
        delegation,
        participants: members,
        onlineCount: members.filter((member) => online.has(member.id)).length,
      };
    });
}
