import {
  createMissionBodySchema,
  createMissionConsultationBodySchema,
  type ExpectationsRegister,
  endStandingExpectationBodySchema,
  implementationNoteBodySchema,
  missionApi,
  registerMarkdown,
  registerQuerySchema,
} from "@trilogue/shared";
import { asc, eq } from "drizzle-orm";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { assertSecretariat } from "../briefings/briefings.service.js";
import { presentConsultation } from "../consultations/consultations.presenter.js";
import { conflict, forbidden } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { consultations, delegations, missions } from "../db/schema.js";
import { serve } from "../http/serve.js";
import { operatorPublished } from "../operators/operator-actions.js";
import type { OperatorGuard } from "../operators/operator-guard.js";
import type { Publish } from "../realtime/command-bus.js";
import { presentMission } from "./missions.repository.js";
import {
  addImplementationNote,
  createMissionConsultation,
  endStandingExpectation,
  missionRegister,
} from "./missions.service.js";
import { registerDocx, registerPdf } from "./register-documents.js";

const params = z.object({ id: z.uuid() });

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
export const missionOperatorRoutes: FastifyPluginAsync<{ db: Db; publish: Publish; guard: OperatorGuard }> = async (
  app,
  { db, publish, guard },
) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  guard(app);

  routes.get("/api/operator/missions", async () => {
    const rows = await db.select().from(missions).orderBy(asc(missions.name));
    return rows.map(presentMission);
  });

  routes.post("/api/operator/missions", { schema: { body: createMissionBodySchema } }, async (request, reply) => {
    const [row] = await db.insert(missions).values(request.body).onConflictDoNothing().returning();
    if (!row) throw conflict("A mission of that name exists.", { code: "mission_name_taken" });
    return reply.code(201).send(presentMission(row));
  });

  routes.post(
    "/api/operator/missions/:id/consultations",
    { schema: { params, body: createMissionConsultationBodySchema } },
    async (request, reply) => {
      const created = await createMissionConsultation(
        db,
        request.params.id,
        request.body,
        request.operator?.id ?? null,
      );
      publish(created.id, created.events);
      operatorPublished(request, created.id, created.events);
      const [row] = await db.select().from(consultations).where(eq(consultations.id, created.id));
      if (!row) throw new Error("created consultation vanished");
      return reply.code(201).send({ ...presentConsultation(row), missionId: request.params.id });
    },
  );

  routes.get(
    "/api/operator/missions/:id/register",
    { schema: { params, querystring: registerQuerySchema } },
    async (request, reply) =>
      sendRegister(
        reply,
        await missionRegister(db, request.params.id, request.query.staleAfterDays),
        request.query.format,
      ),
  );

  routes.post(
    "/api/operator/missions/:id/register/:lineageId/end",
    { schema: { params: params.extend({ lineageId: z.uuid() }), body: endStandingExpectationBodySchema } },
    async (request, reply) => {
      await endStandingExpectation(
        db,
        request.params.id,
        request.params.lineageId,
        request.body,
        request.operator?.id ?? null,
      );
      return reply.code(204).send();
    },
  );

  routes.post(
    "/api/operator/missions/:id/register/:lineageId/notes",
    { schema: { params: params.extend({ lineageId: z.uuid() }), body: implementationNoteBodySchema } },
    async (request, reply) => {
      const operator = request.operator;
      await addImplementationNote(db, request.params.id, request.params.lineageId, {
        text: request.body.text,
        authorName: operator?.name ?? "Secretariat",
        authorRef: `operator:${operator?.id ?? "unknown"}`,
      });
      return reply.code(201).send({});
    },
  );
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
