import type { AgendaItem, Consultation, Delegation, FloorRequest } from "@trilogue/shared";
import { useMemo } from "react";
import { currentItem, lastConcludedItem, orderedItems } from "../domain/agenda";
import { currentSpeaker, itemSpeakingOrder } from "../domain/floor";
import { type DelegationPresence, presenceByDelegation } from "../domain/presence";
import { useConsultationStore } from "../stores/consultation-store";
import { usePresenceStore } from "../stores/presence-store";

const noItems: Record<string, AgendaItem> = {};
const noRequests: Record<string, FloorRequest> = {};
const noDelegations: Record<string, Delegation> = {};

/** The consultation itself, or null before the first catch-up. */
export const useConsultation = (): Consultation | null => useConsultationStore((s) => s.state?.consultation ?? null);

/** The agenda in running order. */
export function useAgenda(): AgendaItem[] {
  const items = useConsultationStore((s) => s.state?.items ?? noItems);
  return useMemo(() => orderedItems(items), [items]);
}

/** The item under discussion, if any. */
export function useCurrentItem(): AgendaItem | null {
  const items = useConsultationStore((s) => s.state?.items ?? noItems);
  return useMemo(() => currentItem(items), [items]);
}

/** The item concluded last, if any: between items, screens keep it and its record in reach. */
export function useLastConcludedItem(): AgendaItem | null {
  const items = useConsultationStore((s) => s.state?.items ?? noItems);
  return useMemo(() => lastConcludedItem(items), [items]);
}

/** The delegations, by id. */
export const useDelegations = (): Record<string, Delegation> =>
  useConsultationStore((s) => s.state?.delegations ?? noDelegations);

/** One delegation's name, or an empty string while unknown. */
export const useDelegationName = (id: string | null): string =>
  useConsultationStore((s) => (id ? (s.state?.delegations[id]?.name ?? "") : ""));

/** The floor on an item: who speaks and who waits, in speaking order. */
export function useFloor(itemId: string | null): { speaker: FloorRequest | null; queue: FloorRequest[] } {
  const requests = useConsultationStore((s) => s.state?.floorRequests ?? noRequests);
  return useMemo(
    () =>
      itemId
        ? { speaker: currentSpeaker(requests, itemId), queue: itemSpeakingOrder(requests, itemId) }
        : { speaker: null, queue: [] },
    [requests, itemId],
  );
}

/** Attendance by delegation, live. */
export function usePresenceByDelegation(): DelegationPresence[] {
  const delegations = useDelegations();
  const participants = useConsultationStore((s) => s.state?.participants);
  const online = usePresenceStore((s) => s.online);
  return useMemo(
    () => presenceByDelegation(delegations, participants ?? {}, online),
    [delegations, participants, online],
  );
}
