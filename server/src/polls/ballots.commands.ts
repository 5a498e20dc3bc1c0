import { assertLive } from "../consultations/consultations.rules.js";
import { policy } from "../consultations/policy.js";
import { conflict, forbidden } from "../core/errors.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { assertPollOpen, castNamed, castSecret, namedTakesNoReceipt, observersDoNotVote } from "./ballot-cast.js";
import { ballotBatch } from "./ballots.batch.js";
import { assertMayVote } from "./eligibility.js";
import { pollAndDelegation } from "./polls.repository.js";
import { canonicalChoices, scopesOf } from "./polls.rules.js";

/**
 * One ballot per delegation, cast by any of its delegates; the last one counts until the poll
 * closes. Turnout is announced by the scheduler, a few ballots at a time, with no actor.
 */
export const ballotCommands: Pick<CommandHandlers, "ballot:cast"> = {
  "ballot:cast": {
    allow: policy.delegate,
    // A vote storm shares transactions; each ballot keeps its own answer, events and receipt.
    batch: ballotBatch,
    async run(uow, payload, me) {
      assertLive(uow.consultation.status);
      const { poll, delegation } = await pollAndDelegation(
        uow.tx,
        uow.consultation.id,
        payload.pollId,
        me.delegationId ?? "",
      );
      assertPollOpen(poll);
      if (!delegation) throw forbidden("Your delegation is not registered in this consultation.");
      const scopeList = scopesOf(delegation);
      if (scopeList.length === 0) throw forbidden(observersDoNotVote);
      assertMayVote(uow.consultation.decisionRule, delegation);
      const choices = canonicalChoices(poll, payload.choices);
      if (poll.secret) await castSecret(uow, poll, delegation.id, scopeList, choices, payload, me);
      else if (payload.receipt) throw conflict(namedTakesNoReceipt);
      else await castNamed(uow, poll, delegation.id, choices, me);
      return undefined;
    },
  },
};
