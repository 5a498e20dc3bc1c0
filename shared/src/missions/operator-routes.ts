import { z } from "zod";
import { consultationSchema, idSchema } from "../domain/entities.js";
import { route } from "../routes/define.js";
import { operatorRoleSets } from "../routes/operator.js";
import { registerFiles } from "./routes.js";
import {
  briefingAccessSchema,
  briefingListSchema,
  briefingSchema,
  circulateBriefingQuerySchema,
  createMissionBodySchema,
  createMissionConsultationBodySchema,
  endStandingExpectationBodySchema,
  implementationNoteBodySchema,
  missionSchema,
  registerQuerySchema,
} from "./schemas.js";

const { everyone: everyOperator, officers } = operatorRoleSets;
const mission = z.object({ id: idSchema });
const consultation = z.object({ id: idSchema });

/** The operator's missions: create one, create its next consultation, read and keep its register. */
export const missionOperatorApi = {
  missions: route({
    method: "GET",
    path: "/api/operator/missions",
    audience: "operator",
    roles: everyOperator,
    response: z.array(missionSchema),
  }),
  create: route({
    method: "POST",
    path: "/api/operator/missions",
    audience: "operator",
    roles: officers,
    body: createMissionBodySchema,
    response: missionSchema,
    status: 201,
  }),
  /** The mission's next consultation, taken from the previous one. */
  nextConsultation: route({
    method: "POST",
    path: "/api/operator/missions/:id/consultations",
    audience: "operator",
    roles: officers,
    params: mission,
    body: createMissionConsultationBodySchema,
    response: consultationSchema.extend({ missionId: idSchema }),
    status: 201,
  }),
  register: route({
    method: "GET",
    path: "/api/operator/missions/:id/register",
    audience: "operator",
    roles: everyOperator,
    params: mission,
    query: registerQuerySchema,
    response: "file",
    files: registerFiles,
  }),
  endExpectation: route({
    method: "POST",
    path: "/api/operator/missions/:id/register/:lineageId/end",
    audience: "operator",
    roles: officers,
    params: mission.extend({ lineageId: idSchema }),
    body: endStandingExpectationBodySchema,
    response: "empty",
    status: 204,
  }),
  addNote: route({
    method: "POST",
    path: "/api/operator/missions/:id/register/:lineageId/notes",
    audience: "operator",
    roles: officers,
    params: mission.extend({ lineageId: idSchema }),
    body: implementationNoteBodySchema,
    response: z.object({}),
    status: 201,
  }),
} as const;

/** Restricted briefings as the Secretariat's officers circulate, list and withdraw them. */
export const briefingOperatorApi = {
  briefings: route({
    method: "GET",
    path: "/api/operator/consultations/:id/briefings",
    audience: "operator",
    roles: everyOperator,
    params: consultation,
    response: briefingListSchema,
  }),
  /** The PDF is the raw body (`application/pdf`); its title and distribution list in the query. */
  circulate: route({
    method: "POST",
    path: "/api/operator/consultations/:id/briefings",
    audience: "operator",
    roles: officers,
    params: consultation,
    query: circulateBriefingQuerySchema,
    response: briefingSchema,
    status: 201,
  }),
  withdraw: route({
    method: "POST",
    path: "/api/operator/consultations/:id/briefings/:briefingId/withdraw",
    audience: "operator",
    roles: officers,
    params: consultation.extend({ briefingId: idSchema }),
    response: "empty",
    status: 204,
  }),
  /** Who downloaded or was refused a briefing. */
  accesses: route({
    method: "GET",
    path: "/api/operator/consultations/:id/briefings/accesses",
    audience: "operator",
    roles: everyOperator,
    params: consultation,
    response: z.object({ accesses: z.array(briefingAccessSchema) }),
  }),
} as const;
