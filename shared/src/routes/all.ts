import { draftingApi } from "../drafting/routes.js";
import { briefingOperatorApi, missionOperatorApi } from "../missions/operator-routes.js";
import { missionApi } from "../missions/routes.js";
import { summaryApi } from "../summary/routes.js";
import { auditApi } from "./audit.js";
import type { RouteDefinition } from "./define.js";
import { operatorRecordApi, operatorSessionApi, operatorSetupApi, operatorSignInApi } from "./operator.js";
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
  ...Object.values(operatorSignInApi),
];

/** Every route under `/api/operator/`, each with the operator roles that may call it. */
export const operatorApiRoutes: readonly RouteDefinition[] = [
  ...Object.values(operatorSessionApi),
  ...Object.values(operatorSetupApi),
  ...Object.values(operatorRecordApi),
  ...Object.values(missionOperatorApi),
  ...Object.values(briefingOperatorApi),
];

/** The server's whole HTTP API: participant, public and operator routes. */
export const apiRoutes: readonly RouteDefinition[] = [...participantApi, ...operatorApiRoutes];
