import { assertLive } from "../consultations/consultations.rules.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { castNamed, castSealed } from "./ballot-cast.js";
import { assertPollOpen, checkBallot, proofFaults } from "./ballot-checks.js";
import { ballotBatch } from "./ballots.batch.js";
import { pollAndDelegation } from "./polls.repository.js";
import { listTrustees } from "./sealed-ballots.repository.js";
import { publicKeyOf } from "./sealing.service.js";

/**
 * One ballot per delegation, cast by any of its delegates; the last one counts until the poll
 * closes. Turnout is announced by the scheduler, a few ballots at a time, with no actor.
 */
export const ballotCommands: Pick<CommandHandlers, "ballot:cast"> = {
  "ballot:cast": {
    // A vote storm shares transactions; each ballot keeps its own answer, events and receipt.
    batch: ballotBatch,
    async run(uow, payload, me) {
      assertLive(uow.consultation.status);
      const { poll, delegation } = await pollAndDelegation(
        uow.tx,
        uow.consultation.id,
        payload.pollId,
        me.delegationId,
      );
      assertPollOpen(poll);
      const key = poll.secret ? publicKeyOf(await listTrustees(uow.tx, poll.id)) : null;
      const [fault] = await proofFaults(poll, key, [payload]);
      const ballot = checkBallot(poll, delegation, payload, key, uow.consultation.decisionRule, fault);
      if (ballot.kind === "sealed") await castSealed(uow, poll, ballot, me);
      else await castNamed(uow, poll, ballot.delegationId, ballot.choices, me);
      return undefined;
    },
  },
};
