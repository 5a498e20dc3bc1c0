import { operatorRecordApi, operatorSessionApi, operatorSetupApi } from "@trilogue/shared";
import { asc, desc, eq } from "drizzle-orm";
import type { FastifyPluginAsync } from "fastify";
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
import { serve } from "../http/serve.js";
import { operatorPublished } from "../operators/operator-actions.js";
import type { Publish } from "../realtime/command-bus.js";
import { presentConsultation, presentDelegation, presentParticipant } from "./consultations.presenter.js";
import { createConsultation, registerDelegation, updateConsultation } from "./consultations.service.js";
import { updateAgendaItem, updateDelegation } from "./setup-edits.service.js";

/**
 * The operator's HTTP API (the Secretariat's conference officers), as the shared operator tables
 * declare it. The guard of `/api/operator/` signs the operator in (session cookie or the bearer
 * OPERATOR_TOKEN) and checks each route's roles before any handler here runs.
 */
export const operatorRoutes: FastifyPluginAsync<{
  db: Db;
  publish: Publish;
  publicUrl: string;
  onRevoked: (participantIds: string[]) => void;
}> = async (app, { db, publish, publicUrl, onRevoked }) => {
  serve(app, db, operatorSetupApi.consultations, async () => {
    const rows = await db.select().from(consultations).orderBy(desc(consultations.createdAt));
    return rows.map(presentConsultation);
  });

  serve(app, db, operatorSetupApi.create, async (request) => {
    const created = await createConsultation(db, request.body);
    publish(created.id, created.events);
    operatorPublished(request, created.id, created.events);
    const [row] = await db.select().from(consultations).where(eq(consultations.id, created.id));
    if (!row) throw new Error("created consultation vanished");
    return presentConsultation(row);
  });

  serve(app, db, operatorSetupApi.consultation, async (request) => {
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

  serve(app, db, operatorSetupApi.update, async (request) => {
    const { value, events } = await updateConsultation(db, request.params.id, request.body);
    publish(request.params.id, events);
    operatorPublished(request, request.params.id, events);
    return value;
  });

  serve(app, db, operatorSetupApi.registerDelegation, async (request) => {
    const { value, events } = await registerDelegation(db, request.params.id, request.body);
    publish(request.params.id, events);
    operatorPublished(request, request.params.id, events);
    return value;
  });

  // Corrections before the record holds them: refused (409) once they would rewrite what was said.
  serve(app, db, operatorSetupApi.updateDelegation, async (request) => {
    const { id, delegationId } = request.params;
    const { value, events } = await updateDelegation(db, id, delegationId, request.body);
    publish(id, events);
    operatorPublished(request, id, events);
    return value;
  });

  serve(app, db, operatorSetupApi.updateItem, async (request) => {
    const { id, itemId } = request.params;
    const { value, events } = await updateAgendaItem(db, id, itemId, request.body);
    publish(id, events);
    operatorPublished(request, id, events);
    return value;
  });

  serve(app, db, operatorSetupApi.invitations, async (request) => listInvitations(db, request.params.id));

  serve(app, db, operatorSetupApi.issueInvitation, async (request) =>
    issueInvitation(db, publicUrl, request.params.id, request.body),
  );

  serve(app, db, operatorSetupApi.revokeInvitation, async (request) => {
    onRevoked(await revokeInvitation(db, request.params.id, request.params.invitationId));
  });

  serve(app, db, operatorRecordApi.audit, async (request) => auditTrail(db, request.params.id, request.query.after));

  // Recomputes the consultation's tamper-evident chain; `intact: false` names the first broken seq.
  serve(app, db, operatorRecordApi.verifyLog, async (request) => verifyLog(db, request.params.id));

  // One consultation's record as one file (log, chain, checkpoint, summary, boards); `pnpm archive export` fetches it.
  serve(app, db, operatorRecordApi.archive, async (request, reply) => {
    const archive = await exportArchive(db, request.params.id);
    return reply
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="trilogue-archive-${archive.consultationId}.json"`)
      .send(archive);
  });

  // The whole database at one moment, while people keep acting; `pnpm backup` fetches it from here.
  serve(app, db, operatorSessionApi.backup, async (_request, reply) => {
    const backup = await takeBackup(db);
    return reply
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="trilogue-backup-${backup.takenAt}.json"`)
      .send(backup);
  });
};
