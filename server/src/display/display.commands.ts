import type { OnDisplay } from "@trilogue/shared";
import { and, eq } from "drizzle-orm";
import { presentConsultation } from "../consultations/consultations.presenter.js";
import { conflict, notFound } from "../core/errors.js";
import { consensusCalls, consultations, paragraphs } from "../db/schema.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import type { CommandHandlers } from "../realtime/command-bus.js";

/** What the display is asked to show must be this consultation's, and a paragraph must be agreed. */
async function assertShowable(uow: UnitOfWork, content: OnDisplay): Promise<void> {
  const consultationId = uow.consultation.id;
  if (content.kind === "consensus") {
    const [call] = await uow.tx
      .select({ id: consensusCalls.id })
      .from(consensusCalls)
      .where(and(eq(consensusCalls.id, content.callId), eq(consensusCalls.consultationId, consultationId)));
    if (!call) throw notFound("No such consensus call in this consultation.", { code: "call_not_found" });
  }
  if (content.kind === "paragraph") {
    const [paragraph] = await uow.tx
      .select({ state: paragraphs.state })
      .from(paragraphs)
      .where(and(eq(paragraphs.id, content.paragraphId), eq(paragraphs.consultationId, consultationId)));
    if (!paragraph) throw notFound("No such paragraph in this consultation.", { code: "paragraph_not_found" });
    // The display shows what the room has agreed, not text still under negotiation.
    if (paragraph.state !== "agreed")
      throw conflict("Only an agreed paragraph can be shown on the display.", { code: "display_paragraph_not_agreed" });
  }
}

export const displayCommands: Pick<CommandHandlers, "display:show"> = {
  "display:show": {
    async run(uow, { content }) {
      if (content) await assertShowable(uow, content);
      const [row] = await uow.tx
        .update(consultations)
        .set({ onDisplay: content })
        .where(eq(consultations.id, uow.consultation.id))
        .returning();
      if (row) uow.emit("display:changed", { consultation: presentConsultation(row) });
      return undefined;
    },
  },
};
