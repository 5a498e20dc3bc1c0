import { randomUUID } from "node:crypto";
import { limits, type SubjectRef, subjectIdOf, zeroConstituencyCounts } from "@trilogue/shared";
import { assertLive, assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict, DomainError } from "../core/errors.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { pollableSubject } from "../subjects/registry.js";
import { presentTurnout } from "./polls.presenter.js";
import { countPollsOnItem, getPoll, insertPoll, listDelegations, updatePoll } from "./polls.repository.js";
import { pollMaxChoices, pollOptions, pollVisibility } from "./polls.rules.js";
import { closePoll } from "./polls.service.js";
import { proofPool } from "./proof-pool.js";
import { listTrustees } from "./sealed-ballots.repository.js";
import { createTrustees, presentPollWithSealing, publicKeyOf } from "./sealing.service.js";

type PollCommand = "poll:create" | "poll:open" | "poll:close";

const invalid = (message: string, path: string) => new DomainError("VALIDATION", message, [{ path: [path], message }]);

/** The chair prepares a poll on any subject (an item, a paragraph, a proposal, an expectation), opens it, and closes it. */
export const pollCommands: Pick<CommandHandlers, PollCommand> = {
  "poll:create": {
    async run(uow, input) {
      const { tx, consultation, now, emit } = uow;
      assertNotClosed(consultation.status);
      // The payload names an item or a subject, never both (checkPollCreate).
      const subject: SubjectRef | undefined =
        input.subject ?? (input.itemId === undefined ? undefined : { kind: "item", itemId: input.itemId });
      if (!subject) {
        throw invalid("Name the item or the subject of the poll.", "itemId");
      }
      const item = await pollableSubject(uow, subject);
      if ((await countPollsOnItem(tx, item.itemId)) >= limits.pollsPerItem) {
        throw conflict(`An item holds at most ${limits.pollsPerItem} polls.`, {
          code: "polls_full",
          params: { max: limits.pollsPerItem },
        });
      }
      const options = pollOptions(input.kind, input.options);
      const registered = input.trustees.length > 0 ? await listDelegations(tx, consultation.id) : [];
      const named = input.trustees.map((id) => {
        const delegation = registered.find((d) => d.id === id);
        if (!delegation) throw invalid("A trustee must be a delegation of this consultation.", "trustees");
        return delegation;
      });
      const row = await insertPoll(tx, {
        id: randomUUID(),
        consultationId: consultation.id,
        itemId: item.itemId,
        subjectKind: subject.kind,
        subjectId: subjectIdOf(subject),
        indicative: input.indicative,
        question: input.question,
        kind: input.kind,
        options,
        maxChoices: pollMaxChoices(input.kind, input.maxChoices, options.length),
        secret: input.secret,
        resultsVisibility: pollVisibility(input.secret, input.resultsVisibility),
        status: "draft",
        announcedTurnout: 0,
        result: null,
        createdAt: now,
        openedAt: null,
        closedAt: null,
      });
      if (row.secret) await createTrustees(tx, row.id, named);
      const turnout = presentTurnout(row.id, { overall: 0, byConstituency: zeroConstituencyCounts() });
      emit("poll:created", { upsert: { polls: [await presentPollWithSealing(tx, row)], pollTurnouts: [turnout] } });
      return row.id;
    },
  },

  "poll:open": {
    async run({ tx, consultation, now, emit }, { pollId }) {
      assertLive(consultation.status);
      const poll = await getPoll(tx, consultation.id, pollId);
      if (poll.status !== "draft")
        throw conflict(poll.status === "open" ? "The poll is already open." : "The poll is closed.", {
          code: poll.status === "open" ? "poll_already_open" : "poll_closed",
        });
      const trustees = poll.secret ? await listTrustees(tx, poll.id) : [];
      if (poll.secret) {
        const missing = trustees.find((t) => !t.publicShare);
        if (missing)
          throw conflict(
            `Waiting for the key share of ${missing.trusteeId === missing.name ? "the " : ""}${missing.name}.`,
            { code: "poll_waiting_key_share", params: { name: missing.name } },
          );
      }
      const row = await updatePoll(tx, pollId, { status: "open", openedAt: now });
      // Its ballots' proofs are checked in the workers: started now, not by the first ballot of the storm.
      const publicKey = poll.secret ? publicKeyOf(trustees) : null;
      if (publicKey)
        proofPool.warm({ pollId, publicKey, optionCount: poll.options.length, maxChoices: poll.maxChoices });
      emit("poll:opened", { upsert: { polls: [await presentPollWithSealing(tx, row)] } });
      return undefined;
    },
  },

  "poll:close": {
    async run(uow, { pollId }) {
      assertNotClosed(uow.consultation.status);
      const poll = await getPoll(uow.tx, uow.consultation.id, pollId);
      if (poll.status !== "open")
        throw conflict(poll.status === "draft" ? "The poll has not been opened." : "The poll is already closed.", {
          code: poll.status === "draft" ? "poll_not_open" : "poll_closed",
        });
      await closePoll(uow, poll);
      return undefined;
    },
  },
};
