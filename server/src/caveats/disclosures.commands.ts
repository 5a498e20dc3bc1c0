import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict } from "../core/errors.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { allowDisclosure, presentDisclosure, withdrawDisclosure } from "./disclosures.repository.js";

/**
 * The chair allows (or stops allowing) breakdowns to show a constituency with a single delegation,
 * whose "group" figure would name it (often the host State). The rule itself is shared and pure
 * (`hiddenConstituencies`), so every screen and the caveats register apply it alike.
 */
export const disclosureCommands: Pick<CommandHandlers, "breakdown:set-disclosure"> = {
  "breakdown:set-disclosure": {
    async run({ tx, consultation, now, emit }, { constituency, allowed }, me) {
      assertNotClosed(consultation.status);
      if (allowed) {
        const row = await allowDisclosure(tx, {
          consultationId: consultation.id,
          constituency,
          allowedBy: me.participantId,
          allowedAt: now,
        });
        emit("breakdown:disclosure-changed", { upsert: { breakdownDisclosures: [presentDisclosure(row)] } });
      } else {
        if (!(await withdrawDisclosure(tx, consultation.id, constituency))) {
          throw conflict("Breakdowns do not show that constituency's lone delegation already.", {
            code: "disclosure_not_given",
          });
        }
        emit("breakdown:disclosure-changed", { remove: { breakdownDisclosures: [constituency] } });
      }
      return undefined;
    },
  },
};
