import { draftingApi } from "../drafting/routes.js";
import { missionApi } from "../missions/routes.js";
import { summaryApi } from "../summary/routes.js";
import { auditApi } from "./audit.js";
import type { RouteDefinition } from "./define.js";
import { roomApi } from "./room.js";
import { sessionApi } from "./session.js";

/** Every participant-facing and public route, for the test that holds the server to these tables. */
export const participantApi: readonly RouteDefinition[] = [
  ...Object.values(sessionApi),
  ...Object.values(summaryApi),
  ...Object.values(roomApi),
  ...Object.values(auditApi),
  ...Object.values(draftingApi),
  ...Object.values(missionApi),
];
