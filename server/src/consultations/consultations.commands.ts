import type { ConsultationStatus } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import { conflict } from "../core/errors.js";
import { consultations } from "../db/schema.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentConsultation } from "./consultations.presenter.js";
import { canMoveTo } from "./consultations.rules.js";
import { policy } from "./policy.js";

export const consultationCommands: Pick<CommandHandlers, "consultation:set-status"> = {
  "consultation:set-status": {
    allow: policy.chair,
    async run({ tx, consultation, emit }, { status }) {
      const from = consultation.status as ConsultationStatus;
      if (!canMoveTo(from, status)) throw conflict(`A ${from} consultation cannot become ${status}.`);
      const [row] = await tx
        .update(consultations)
        .set({ status })
        .where(eq(consultations.id, consultation.id))
        .returning();
      if (row) emit("consultation:status-changed", { consultation: presentConsultation(row) });
      return undefined;
    },
  },
};
