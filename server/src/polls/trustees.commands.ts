import { type ChairMe, type DelegateMe, is, verifyTrusteeShare } from "@trilogue/shared";
import { assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict, DomainError, forbidden } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { getPoll } from "./polls.repository.js";
import { proofPool } from "./proof-pool.js";
import { getAggregates, listTrustees, storePartials, storeTrusteeKey } from "./sealed-ballots.repository.js";
import { chairTrustee, presentPollWithSealing, tallyIfComplete } from "./sealing.service.js";

const invalid = (message: string, path: string) => new DomainError("VALIDATION", message, [{ path: [path], message }]);

/** The chair, or a delegate (whose delegation may have been named a trustee of the poll). */
/**
 * Which trustee of the poll the sender speaks for: the chair's browser, or a delegate's browser for
 * its delegation when the chair named it a trustee. Anyone else is refused before anything is read
 * of the poll, so that nothing changes and nothing is told.
 */
async function trusteeOf(db: Executor, pollId: string, me: ChairMe | DelegateMe): Promise<string> {
  if (is.chair(me)) return chairTrustee;
  const named = (await listTrustees(db, pollId)).some((t) => t.trusteeId === me.delegationId);
  if (!named) throw forbidden("Your delegation is not a trustee of this poll.", { code: "poll_not_trustee" });
  return me.delegationId;
}

/**
 * A secret poll's trustees other than the server (the chair's browser, and any delegation the
 * chair named): each publishes its key share before the poll opens, and its partial decryption of
 * the aggregates after it closes. Each proof is checked; the result is published when the last
 * trustee's share arrives.
 */
export const trusteeCommands: Pick<CommandHandlers, "trustee:publish-key" | "trustee:decrypt"> = {
  "trustee:publish-key": {
    async run(uow, { pollId, share }, me) {
      const trusteeId = await trusteeOf(uow.tx, pollId, me);
      assertNotClosed(uow.consultation.status);
      const poll = await getPoll(uow.tx, uow.consultation.id, pollId);
      if (!poll.secret) throw conflict("This poll is named: it has no trustees.", { code: "poll_named_no_trustees" });
      // Once ballots are sealed under the key, it cannot change.
      if (poll.status !== "draft") throw conflict("The poll is open: its key is fixed.", { code: "poll_key_fixed" });
      if (!verifyTrusteeShare(poll.id, trusteeId, share))
        throw invalid("The key share's proof of knowledge does not verify.", "share");
      await storeTrusteeKey(uow.tx, poll.id, trusteeId, share);
      uow.emit("poll:trustee-ready", { upsert: { polls: [await presentPollWithSealing(uow.tx, poll)] } });
      return undefined;
    },
  },

  "trustee:decrypt": {
    async run(uow, { pollId, partials }, me) {
      const trusteeId = await trusteeOf(uow.tx, pollId, me);
      const poll = await getPoll(uow.tx, uow.consultation.id, pollId);
      const stored = await getAggregates(uow.tx, poll.id);
      if (!poll.secret || poll.status !== "closed" || !stored)
        throw conflict("There is nothing to decrypt yet.", { code: "poll_nothing_to_decrypt" });
      const trustee = (await listTrustees(uow.tx, poll.id)).find((t) => t.trusteeId === trusteeId);
      if (!trustee?.publicShare) throw conflict("You are not a trustee of this poll.", { code: "poll_not_trustee" });
      if (trustee.partials) throw conflict("This decryption share is in already.", { code: "poll_share_in" });
      const fault = await proofPool.partialsFault(poll.id, trusteeId, trustee.publicShare, stored.aggregates, partials);
      if (fault) throw invalid(`The decryption share is refused: ${fault}.`, "partials");
      await storePartials(uow.tx, poll.id, trusteeId, partials);
      const tallied = await tallyIfComplete(uow, poll);
      const row = tallied ?? poll;
      uow.emit(tallied ? "poll:tallied" : "poll:trustee-ready", {
        upsert: { polls: [await presentPollWithSealing(uow.tx, row)] },
      });
      return undefined;
    },
  },
};
