import type { Snapshot } from "@trilogue/shared";
import { conflict } from "../core/errors.js";

/** A final summary is immutable. */
export function assertDraft(status: "draft" | "final"): void {
  if (status === "final")
    throw conflict("The summary is final and can no longer be changed.", { code: "summary_final" });
}

/** An edit or a finalisation names the revision it was made on; a stale one would lose work. */
export function assertRevision(current: number, claimed: number): void {
  if (current !== claimed) {
    throw conflict(`The draft is at revision ${current}, not ${claimed}; reload it and try again.`, {
      code: "summary_revision_stale",
      params: { current, claimed },
    });
  }
}

/** Every item a narrative speaks of must be on the agenda. */
export function assertKnownItems(itemIds: readonly string[], agenda: readonly string[]): void {
  const known = new Set(agenda);
  const unknown = itemIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw conflict("The narrative speaks of an item that is not on the agenda.", { code: "summary_unknown_item" });
}

/**
 * A summary is finalised once its results are: no poll or consensus call may still be open, or the
 * final document would freeze a count that is still moving.
 */
export function assertSettled(snapshot: Pick<Snapshot, "polls" | "consensusCalls">): void {
  if (snapshot.polls.some((poll) => poll.status === "open")) {
    throw conflict("A poll is still open: close it before finalising the summary.", { code: "summary_poll_open" });
  }
  if (snapshot.consensusCalls.some((call) => call.status === "open")) {
    throw conflict("A consensus call is still open: close it before finalising the summary.", {
      code: "summary_call_open",
    });
  }
}
