import { type CollectionName, type Collections, collectionsOf, type ItemFigures, itemFigures } from "@trilogue/shared";
import { useMemo } from "react";
import { useConsultationStore } from "../stores/consultation-store";

const empty: Record<string, never> = {};

function useCollection<K extends CollectionName>(name: K): Collections[K] {
  return useConsultationStore((s) => (s.state ? collectionsOf(s.state)[name] : undefined) ?? empty);
}

/**
 * Every figure of an item (counts, breakdown, joint positions, convergence) by the shared
 * computation the summary and its exports use, so the screen and the record agree.
 */
export function useItemFigures(itemId: string): ItemFigures {
  const positions = useCollection("positions");
  const delegations = useCollection("delegations");
  const joints = useCollection("jointStatements");
  const coSignatures = useCollection("coSignatures");
  const disclosures = useCollection("breakdownDisclosures");
  return useMemo(
    () =>
      itemFigures(
        {
          delegations: Object.values(delegations),
          positions: Object.values(positions),
          jointStatements: Object.values(joints),
          coSignatures: Object.values(coSignatures),
          breakdownDisclosures: Object.values(disclosures),
        },
        itemId,
      ),
    [positions, delegations, joints, coSignatures, disclosures, itemId],
  );
}
