import type { Ballot, Poll, PollTurnout, TurnoutCounts } from "@trilogue/shared";
import { subjectRef } from "@trilogue/shared";
import { isoOrNull as iso } from "../core/time.js";
import type { pollBallots, polls } from "../db/schema.js";

export function presentPoll(row: typeof polls.$inferSelect): Poll {
  return {
    id: row.id,
    itemId: row.itemId,
    subject: subjectRef(row.subjectKind, row.subjectId),
    indicative: row.indicative,
    question: row.question,
    kind: row.kind,
    options: row.options,
    maxChoices: row.maxChoices,
    secret: row.secret,
    resultsVisibility: row.resultsVisibility,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    openedAt: iso(row.openedAt),
    closedAt: iso(row.closedAt),
    result: row.result ?? null,
  };
}

export function presentBallot(row: typeof pollBallots.$inferSelect): Ballot {
  return {
    id: row.id,
    pollId: row.pollId,
    delegationId: row.delegationId,
    choices: row.choices,
    castBy: row.castBy,
    castAt: row.castAt.toISOString(),
  };
}

export const presentTurnout = (pollId: string, turnout: TurnoutCounts): PollTurnout => ({ id: pollId, turnout });
