import type { AgendaItemStatus } from "@trilogue/shared";
import { conflict, notFound } from "../core/errors.js";

type ItemLike = { id: string; status: string };

/** Only one item is under discussion at a time. */
export function assertCanOpen(items: readonly ItemLike[], itemId: string): void {
  const item = items.find((candidate) => candidate.id === itemId);
  if (!item) throw notFound("No such agenda item.", { code: "item_not_found" });
  const current = items.find((candidate) => candidate.status === "open");
  if (current && current.id !== itemId) {
    throw conflict("Another item is under discussion: conclude it first.", { code: "item_other_open" });
  }
  if (item.status !== ("pending" satisfies AgendaItemStatus)) {
    throw conflict(item.status === "open" ? "The item is already open." : "A concluded item is reopened, not opened.", {
      code: item.status === "open" ? "item_already_open" : "item_reopen_not_open",
    });
  }
}

/** A reorder must name every item exactly once. */
export function assertPermutation(current: readonly string[], proposed: readonly string[]): void {
  const same =
    current.length === proposed.length &&
    new Set(proposed).size === proposed.length &&
    proposed.every((id) => current.includes(id));
  if (!same)
    throw conflict("A new order must list every agenda item exactly once.", { code: "agenda_order_incomplete" });
}

/** When a time box ends: counted from the opening, so extending it moves the deadline. */
export function timeBoxDeadline(openedAt: Date | null, timeBoxSeconds: number | null): Date | null {
  if (!openedAt || timeBoxSeconds === null) return null;
  return new Date(openedAt.getTime() + timeBoxSeconds * 1000);
}

/**
 * When a reopened item counts as opened: the time it was discussed before its conclusion is kept
 * as used, so its time box resumes with what was left instead of starting afresh. Pure.
 */
export function reopenedAt(now: Date, openedAt: Date | null, concludedAt: Date | null): Date {
  if (!openedAt || !concludedAt) return now;
  const used = Math.max(0, concludedAt.getTime() - openedAt.getTime());
  return new Date(now.getTime() - used);
}
