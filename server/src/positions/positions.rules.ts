import { limits } from "@trilogue/shared";
import { conflict } from "../core/errors.js";

/** Positions are stated on items not yet concluded (a reopened item takes them again). */
export function assertItemTakesPositions(item: { status: string }): void {
  if (item.status === "concluded")
    throw conflict("The item is concluded: positions on it are closed.", { code: "position_item_concluded" });
}

/** The next version number, within the revision limit. */
export function nextPositionVersion(current: { version: number } | undefined): number {
  const next = (current?.version ?? 0) + 1;
  if (next > limits.positionRevisions) {
    throw conflict(`A position can be revised at most ${limits.positionRevisions - 1} times.`, {
      code: "position_revisions_full",
      params: { max: limits.positionRevisions - 1 },
    });
  }
  return next;
}
