import { z } from "zod";
import { whoMayRead } from "../access/who-may.js";
import { auditPageSchema } from "../audit.js";
import { route } from "./define.js";

/** The chair's audit trail from the room (the operator's is under /api/operator). */
export const auditApi = {
  trail: route({
    method: "GET",
    path: "/api/audit",
    audience: "participant",
    who: whoMayRead.auditTrail,
    query: z.object({ after: z.coerce.number().int().min(0).default(0) }),
    response: auditPageSchema,
  }),
} as const;
