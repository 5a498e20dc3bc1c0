import { z } from "zod";
import { idSchema } from "../domain/entities.js";
import { limits } from "../domain/limits.js";
import {
  disclosureSchema,
  pollKindSchema,
  pollStatusSchema,
  resultsVisibilitySchema,
  votingConstituencySchema,
} from "./enums.js";
import { subjectRefSchema } from "./subjects.js";

const isoTime = z.iso.datetime({ offset: true });
const count = z.number().int().min(0);

/** A count for every voting constituency. */
export const constituencyCountsSchema = z.record(votingConstituencySchema, count);
export type ConstituencyCounts = z.infer<typeof constituencyCountsSchema>;

/** How many delegations voted, overall and by constituency (a dual member counts in both). */
export const turnoutCountsSchema = z.object({ overall: count, byConstituency: constituencyCountsSchema });
export type TurnoutCounts = z.infer<typeof turnoutCountsSchema>;

/** A poll's final result, fixed when it closes. Counts are per option, in option order. */
export const pollResultSchema = z.object({
  /** Named polls always publish by constituency; secret polls only as far as the secrecy floor allows. */
  disclosure: disclosureSchema,
  turnout: turnoutCountsSchema,
  /** Registered voting delegations when the poll closed. */
  eligible: turnoutCountsSchema,
  /** Null when withheld. */
  overall: z.array(count).nullable(),
  /** Absent constituencies are withheld (or had no voting delegation). */
  byConstituency: z.partialRecord(votingConstituencySchema, z.array(count)),
});
export type PollResult = z.infer<typeof pollResultSchema>;

export const pollSchema = z.object({
  id: idSchema,
  /** The agenda item the poll is taken under: its subject's item. */
  itemId: idSchema,
  /** What the poll is on: the item itself, a paragraph, a proposal or an expectation. */
  subject: subjectRefSchema,
  /**
   * Indicative: open to every consulted Member State, reported apart from decisions. Otherwise a
   * vote of the delegations that decide under the consultation's rule.
   */
  indicative: z.boolean(),
  question: z.string().max(limits.pollQuestion),
  kind: pollKindSchema,
  /** For yes/no/abstain: ["yes", "no", "abstain"]. Ballots name options by index. */
  options: z.array(z.string().max(limits.pollOption)).min(2).max(limits.pollOptions),
  /** 1 unless the poll is multiple choice. */
  maxChoices: z.number().int().min(1).max(limits.pollOptions),
  /** Secret: the record keeps that a delegation voted apart from what it voted. */
  secret: z.boolean(),
  resultsVisibility: resultsVisibilitySchema,
  status: pollStatusSchema,
  createdAt: isoTime,
  openedAt: isoTime.nullable(),
  closedAt: isoTime.nullable(),
  /** Set when the poll closes (a secret poll's once every trustee has decrypted). */
  result: pollResultSchema.nullable(),
  /** Secret polls: the key and where each trustee stands. */
  sealing: z
    .object({
      /** Null until every trustee has published its share. */
      publicKey: z.string().nullable(),
      trustees: z.array(z.object({ id: z.string(), name: z.string(), hasKey: z.boolean(), hasDecrypted: z.boolean() })),
      /** SHA-256 of the bulletin board once the result is published. */
      boardHash: z.string().nullable(),
    })
    .optional(),
});
export type Poll = z.infer<typeof pollSchema>;

/**
 * A named poll's ballot: one per delegation, the last cast counts. In the live state only once
 * results are visible (at once for live polls, at close otherwise); secret polls have none.
 */
export const ballotSchema = z.object({
  id: idSchema,
  pollId: idSchema,
  delegationId: idSchema,
  choices: z.array(z.number().int().min(0)).min(1).max(limits.pollOptions),
  /** The delegate who cast the ballot that counts. */
  castBy: idSchema,
  castAt: isoTime,
});
export type Ballot = z.infer<typeof ballotSchema>;

/** How many delegations have voted in a poll: counts only, for secret and named polls alike. */
export const pollTurnoutSchema = z.object({
  /** The poll's id. */
  id: idSchema,
  turnout: turnoutCountsSchema,
});
export type PollTurnout = z.infer<typeof pollTurnoutSchema>;

/**
 * The voting delegations that have not yet voted in an open named poll whose results show at
 * close: told to the chair alone (over the chair's room), never to the room, whose log says only
 * how many voted.
 */
export const pollWaitingSchema = z.object({ pollId: idSchema, delegationIds: z.array(idSchema) });
export type PollWaiting = z.infer<typeof pollWaitingSchema>;

/** A secret ballot's receipt nonce: 32 random bytes, base64url, from the browser's crypto. */
export const receiptNonceSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "expected 32 random bytes, base64url");
