import { type AgendaItem, byTime } from "@trilogue/shared";

/** The agenda in its running order. */
export function orderedItems(items: Record<string, AgendaItem>): AgendaItem[] {
  return Object.values(items).sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/** The item under discussion, if any (the server allows one at a time). */
export function currentItem(items: Record<string, AgendaItem>): AgendaItem | null {
  return Object.values(items).find((item) => item.status === "open") ?? null;
}

/** The item concluded most recently, if any. */
export function lastConcludedItem(items: Record<string, AgendaItem>): AgendaItem | null {
  return (
    Object.values(items)
      .filter((item) => item.status === "concluded")
      .sort(byTime((item) => item.concludedAt))
      .at(-1) ?? null
  );
}

/** The ids of the agenda with one item moved by `offset` places; unchanged when it cannot move. */
export function moveItem(order: readonly string[], itemId: string, offset: -1 | 1): string[] {
  const from = order.indexOf(itemId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
