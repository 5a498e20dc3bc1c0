import type { RouteDefinition } from "./define.js";
import { draftingApi, missionApi, roomApi, sessionApi, summaryApi } from "./participant.js";

export * from "./define.js";
export * from "./participant.js";

/** Every participant-facing and public route, for the test that holds the server to this table. */
export const participantApi: readonly RouteDefinition[] = [
  ...Object.values(sessionApi),
  ...Object.values(summaryApi),
  ...Object.values(roomApi),
  ...Object.values(draftingApi),
  ...Object.values(missionApi),
];
