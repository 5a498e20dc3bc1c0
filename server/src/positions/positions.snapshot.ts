import type { Snapshot } from "@trilogue/shared";
import type { Executor } from "../db/database.js";
import { presentPosition, presentPositionVersion } from "./positions.presenter.js";
import { listPositions, listPositionVersions } from "./positions.repository.js";

/** Published positions and all their versions; drafts are private and not part of it. */
export async function loadPositionState(
  db: Executor,
  consultationId: string,
): Promise<Pick<Snapshot, "positions" | "positionVersions">> {
  const positions = await listPositions(db, consultationId);
  const versions = await listPositionVersions(db, consultationId);
  return {
    positions: positions.map(presentPosition),
    positionVersions: versions.map((row) => presentPositionVersion(row.version, row)),
  };
}
