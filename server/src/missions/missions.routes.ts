import { type ExpectationsRegister, missionApi, missionOperatorApi, registerMarkdown } from "@trilogue/shared";
import { asc, eq } from "drizzle-orm";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { assertSecretariat } from "../briefings/briefings.service.js";
import { presentConsultation } from "../consultations/consultations.presenter.js";
import { conflict, forbidden } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { consultations, delegations, missions } from "../db/schema.js";
import { serve } from "../http/serve.js";
import { operatorPublished } from "../operators/operator-actions.js";
import type { Publish } from "../realtime/command-bus.js";
import { presentMission } from "./missions.repository.js";
import {
  addImplementationNote,
  createMissionConsultation,
  endStandingExpectation,
  missionRegister,
} from "./missions.service.js";
import { registerDocx, registerPdf } from "./register-documents.js";

/** The register as JSON or Markdown, never cached (it changes with every record). */
async function sendRegister(
  reply: FastifyReply,
  register: ExpectationsRegister,
  format: "json" | "md" | "pdf" | "docx",
) {
  reply.header("cache-control", "no-store");
  if (format === "json") return reply.send(register);
  const name = `${register.mission.name.replace(/[^A-Za-z0-9-]+/g, "-")}-expectations-register.${format}`;
  reply.header("content-disposition", `attachment; filename="${name}"`);
  if (format === "pdf") return reply.type("application/pdf").send(await registerPdf(register));
  if (format === "docx") return reply.type(docxType).send(await registerDocx(register));
  return reply.type("text/markdown; charset=utf-8").send(registerMarkdown(register));
}

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The operator's missions: create one, create its next consultation, read and keep its register. */
export const missionOperatorRoutes: FastifyPluginAsync<{ db: Db; publish: Publish }> = async (app, { db, publish }) => {
  serve(app, db, missionOperatorApi.missions, async () => {
    const rows = await db.select().from(missions).orderBy(asc(missions.name));
    return rows.map(presentMission);
  });

  serve(app, db, missionOperatorApi.create, async (request) => {
    const [row] = await db.insert(missions).values(request.body).onConflictDoNothing().returning();
    if (!row) throw conflict("A mission of that name exists.", { code: "mission_name_taken" });
    return presentMission(row);
  });

  serve(app, db, missionOperatorApi.nextConsultation, async (request, _reply, operator) => {
    const created = await createMissionConsultation(db, request.params.id, request.body, operator.id);
    publish(created.id, created.events);
    operatorPublished(request, created.id, created.events);
    const [row] = await db.select().from(consultations).where(eq(consultations.id, created.id));
    if (!row) throw new Error("created consultation vanished");
    return { ...presentConsultation(row), missionId: request.params.id };
  });

  serve(app, db, missionOperatorApi.register, async (request, reply) =>
    sendRegister(
      reply,
      await missionRegister(db, request.params.id, request.query.staleAfterDays),
      request.query.format,
    ),
  );

  serve(app, db, missionOperatorApi.endExpectation, async (request, _reply, operator) => {
    await endStandingExpectation(db, request.params.id, request.params.lineageId, request.body, operator.id);
  });

  serve(app, db, missionOperatorApi.addNote, async (request, _reply, operator) => {
    await addImplementationNote(db, request.params.id, request.params.lineageId, {
      text: request.body.text,
      authorName: operator.name,
      authorRef: `operator:${operator.id}`,
    });
    return {};
  });
};

/** The register as the mission's participants read it: any participant of one of its consultations. */
export const missionRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  const missionOf = async (consultationId: string): Promise<string> => {
    const [consultation] = await db.select().from(consultations).where(eq(consultations.id, consultationId));
    if (!consultation?.missionId)
      throw forbidden("This consultation belongs to no mission.", { code: "consultation_not_in_mission" });
    return consultation.missionId;
  };

  serve(app, db, missionApi.register, async (request, reply, me) =>
    sendRegister(
      reply,
      await missionRegister(db, await missionOf(me.consultationId), request.query.staleAfterDays),
      request.query.format,
    ),
  );

  // The Secretariat in the room (its secretary, or a Secretariat delegation) notes implementation too.
  serve(app, db, missionApi.addNote, async (request, _reply, me) => {
    await assertSecretariat(db, me);
    const missionId = await missionOf(me.consultationId);
    const [delegation] = me.delegationId
      ? await db.select().from(delegations).where(eq(delegations.id, me.delegationId))
      : [];
    await addImplementationNote(db, missionId, request.params.lineageId, {
      text: request.body.text,
      authorName: delegation ? `${me.displayName} (${delegation.name})` : me.displayName,
      authorRef: `participant:${me.participantId}`,
    });
    return {};
  });
};
