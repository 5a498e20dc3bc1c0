import { partialsFault, verifyTrusteeShare } from "@trilogue/shared";
import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict, DomainError } from "../core/errors.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { getPoll } from "./polls.repository.js";
import { getAggregates, listTrustees, storePartials, storeTrusteeKey } from "./sealed-ballots.repository.js";
import { chairTrustee, presentPollWithSealing, tallyIfComplete } from "./sealing.service.js";

const invalid = (message: string, path: string) => new DomainError("VALIDATION", message, [{ path: [path], message }]);

/**
 * The chair's browser as a secret poll's trustee: it publishes its key share before the poll
 * opens, and its partial decryption of the aggregates after it closes. Each proof is checked;
 * the result is published when the last trustee's share arrives.
 */
export const trusteeCommands: Pick<CommandHandlers, "trustee:publish-key" | "trustee:decrypt"> = {
  "trustee:publish-key": {
    async run(uow, { pollId, share }) {
      assertNotClosed(uow.consultation.status);
      const poll = await getPoll(uow.tx, uow.consultation.id, pollId);
      if (!poll.secret) throw conflict("This poll is named: it has no trustees.", { code: "poll_named_no_trustees" });
      // Once ballots are sealed under the key, it cannot change.
      if (poll.status !== "draft") throw conflict("The poll is open: its key is fixed.", { code: "poll_key_fixed" });
      if (!verifyTrusteeShare(poll.id, chairTrustee, share))
        throw invalid("The key share's proof of knowledge does not verify.", "share");
      await storeTrusteeKey(uow.tx, poll.id, chairTrustee, share);
      uow.emit("poll:trustee-ready", { upsert: { polls: [await presentPollWithSealing(uow.tx, poll)] } });
      return undefined;
    },
  },

  "trustee:decrypt": {
    async run(uow, { pollId, partials }) {
      const poll = await getPoll(uow.tx, uow.consultation.id, pollId);
      const stored = await getAggregates(uow.tx, poll.id);
      if (!poll.secret || poll.status !== "closed" || !stored)
        throw conflict("There is nothing to decrypt yet.", { code: "poll_nothing_to_decrypt" });
      const chair = (await listTrustees(uow.tx, poll.id)).find((t) => t.trusteeId === chairTrustee);
      if (!chair?.publicShare)
        throw conflict("The chair is not a trustee of this poll.", { code: "poll_chair_not_trustee" });
      if (chair.partials)
        throw conflict("The chair's decryption share is in already.", { code: "poll_chair_share_in" });
      const fault = partialsFault(poll.id, chairTrustee, chair.publicShare, stored.aggregates, partials);
      if (fault) throw invalid(`The decryption share is refused: ${fault}.`, "partials");
      await storePartials(uow.tx, poll.id, chairTrustee, partials);
      const tallied = await tallyIfComplete(uow, poll);
      const row = tallied ?? poll;
      uow.emit(tallied ? "poll:tallied" : "poll:trustee-ready", {
        upsert: { polls: [await presentPollWithSealing(uow.tx, row)] },
      });
      return undefined;
    },
  },
};
