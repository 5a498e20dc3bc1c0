import {
  auditPageSchema,
  chainReportSchema,
  createConsultationBodySchema,
  issueInvitationBodySchema,
  registerDelegationBodySchema,
  updateConsultationBodySchema,
  updateDelegationBodySchema,
  updateItemBodySchema,
} from "@trilogue/shared";
import { asc, desc, eq } from "drizzle-orm";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { presentItem } from "../agenda/agenda.presenter.js";
import { listItems } from "../agenda/agenda.repository.js";
import { exportArchive } from "../archive/archive.js";
import { auditTrail } from "../audit/audit.service.js";
import { issueInvitation, listInvitations, revokeInvitation } from "../auth/invitations.service.js";
import { takeBackup } from "../backup/backup.js";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { consultations, delegations, participants } from "../db/schema.js";
import { verifyLog } from "../events/log-verification.js";
import { operatorPublished } from "../operators/operator-actions.js";
import type { OperatorGuard } from "../operators/operator-guard.js";
import type { Publish } from "../realtime/command-bus.js";
import { presentConsultation, presentDelegation, presentParticipant } from "./consultations.presenter.js";
import { createConsultation, registerDelegation, updateConsultation } from "./consultations.service.js";
import { updateAgendaItem, updateDelegation } from "./setup-edits.service.js";

const params = z.object({ id: z.uuid() });

/**
 * The operator's HTTP API (the Secretariat's conference officers). Signed in by the operator session
 * cookie or the bearer OPERATOR_TOKEN, and each route checked against its roles (`operators/`).
 */
export const operatorRoutes: FastifyPluginAsync<{
  db: Db;
  publish: Publish;
  publicUrl: string;
  /** Rate limit, sign-in (session cookie or token) and the route's operator roles. */
  guard: OperatorGuard;
  onRevoked: (participantIds: string[]) => void;
}> = async (app, { db, publish, publicUrl, guard, onRevoked }) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  guard(app);

  routes.get("/api/operator/consultations", async () => {
    const rows = await db.select().from(consultations).orderBy(desc(consultations.createdAt));
    return rows.map(presentConsultation);
  });

  routes.post(
    "/api/operator/consultations",
    { schema: { body: createConsultationBodySchema } },
    async (request, reply) => {
      const created = await createConsultation(db, request.body);
      publish(created.id, created.events);
      operatorPublished(request, created.id, created.events);
      const [row] = await db.select().from(consultations).where(eq(consultations.id, created.id));
      if (!row) throw new Error("created consultation vanished");
      return reply.code(201).send(presentConsultation(row));
    },
  );

  routes.get("/api/operator/consultations/:id", { schema: { params } }, async (request) => {
    const id = request.params.id;
    const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
    if (!row)
      throw new DomainError("NOT_FOUND", "No such consultation.", undefined, { code: "consultation_not_found" });
    const [delegationRows, participantRows, invitationList, itemRows] = await Promise.all([
      db.select().from(delegations).where(eq(delegations.consultationId, id)).orderBy(asc(delegations.name)),
      db.select().from(participants).where(eq(participants.consultationId, id)),
      listInvitations(db, id),
      listItems(db, id),
    ]);
    return {
      consultation: presentConsultation(row),
      items: itemRows.map(presentItem),
      delegations: delegationRows.map(presentDelegation),
      participants: participantRows.map(presentParticipant),
      invitations: invitationList,
    };
  });

  routes.patch(
    "/api/operator/consultations/:id",
    { schema: { params, body: updateConsultationBodySchema } },
    async (request) => {
      const { value, events } = await updateConsultation(db, request.params.id, request.body);
      publish(request.params.id, events);
      operatorPublished(request, request.params.id, events);
      return value;
    },
  );

  routes.post(
    "/api/operator/consultations/:id/delegations",
    { schema: { params, body: registerDelegationBodySchema } },
    async (request, reply) => {
      const { value, events } = await registerDelegation(db, request.params.id, request.body);
      publish(request.params.id, events);
      operatorPublished(request, request.params.id, events);
      return reply.code(201).send(value);
    },
  );

  // Corrections before the record holds them: refused (409) once they would rewrite what was said.
  routes.patch(
    "/api/operator/consultations/:id/delegations/:delegationId",
    { schema: { params: params.extend({ delegationId: z.uuid() }), body: updateDelegationBodySchema } },
    async (request) => {
      const { id, delegationId } = request.params;
      const { value, events } = await updateDelegation(db, id, delegationId, request.body);
      publish(id, events);
      operatorPublished(request, id, events);
      return value;
    },
  );

  routes.patch(
    "/api/operator/consultations/:id/items/:itemId",
    { schema: { params: params.extend({ itemId: z.uuid() }), body: updateItemBodySchema } },
    async (request) => {
      const { id, itemId } = request.params;
      const { value, events } = await updateAgendaItem(db, id, itemId, request.body);
      publish(id, events);
      operatorPublished(request, id, events);
      return value;
    },
  );

  routes.get("/api/operator/consultations/:id/invitations", { schema: { params } }, async (request) =>
    listInvitations(db, request.params.id),
  );

  routes.post(
    "/api/operator/consultations/:id/invitations",
    { schema: { params, body: issueInvitationBodySchema } },
    async (request, reply) =>
      reply.code(201).send(await issueInvitation(db, publicUrl, request.params.id, request.body)),
  );

  routes.get(
    "/api/operator/consultations/:id/audit",
    {
      schema: {
        params,
        querystring: z.object({ after: z.coerce.number().int().min(0).default(0) }),
        response: { 200: auditPageSchema },
      },
    },
    async (request) => auditTrail(db, request.params.id, request.query.after),
  );

  // Recomputes the consultation's tamper-evident chain; `intact: false` names the first broken seq.
  routes.get(
    "/api/operator/consultations/:id/log/verify",
    { schema: { params, response: { 200: chainReportSchema } } },
    async (request) => verifyLog(db, request.params.id),
  );

  // One consultation's record as one file (log, chain, checkpoint, summary, boards); `pnpm archive export` fetches it.
  routes.get("/api/operator/consultations/:id/archive", { schema: { params } }, async (request, reply) => {
    const archive = await exportArchive(db, request.params.id);
    return reply
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="trilogue-archive-${archive.consultationId}.json"`)
      .send(archive);
  });

  // The whole database at one moment, while people keep acting; `pnpm backup` fetches it from here.
  routes.get("/api/operator/backup", async (_request, reply) => {
    const backup = await takeBackup(db);
    return reply
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="trilogue-backup-${backup.takenAt}.json"`)
      .send(backup);
  });

  routes.post(
    "/api/operator/consultations/:id/invitations/:invitationId/revoke",
    { schema: { params: params.extend({ invitationId: z.uuid() }) } },
    async (request, reply) => {
      onRevoked(await revokeInvitation(db, request.params.id, request.params.invitationId));
      return reply.code(204).send();
    },
  );
};
