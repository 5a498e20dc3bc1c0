import { z } from "zod";
import { checkAcceptance, checkBallot, checkPollCreate, decisionShapes as d } from "./decisions/commands.js";
import { decisionRuleSchema } from "./decisions/decision-rule.js";
import { idSchema, text } from "./domain/entities.js";
import { consultationStatusSchema, floorRequestKindSchema } from "./domain/enums.js";
import { limits } from "./domain/limits.js";
import { onDisplaySchema } from "./domain/on-display.js";
import { draftingShapes as dr } from "./drafting/shapes.js";
import { keysOf } from "./narrow.js";
import { summaryNarrativeSchema } from "./summary/narrative.js";

/** A client-made key; a retry with the same key returns the first result and has no second effect. */
export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(limits.idempotencyKey)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A command payload: its own fields plus the idempotency key, and nothing else. */
const command = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject({ idempotencyKey: idempotencyKeySchema, ...shape });

const seconds = (max: number) => z.number().int().min(10).max(max);

/** Every mutation a client can send, by event name, with the schema of its payload. */
export const commandSchemas = {
  "consultation:set-status": command({ status: consultationStatusSchema }),
  "agenda:add": command({
    title: text(limits.title),
    question: z.string().trim().max(limits.question).default(""),
    timeBoxSeconds: seconds(limits.maxTimeBox).nullable().default(null),
  }),
  "agenda:remove": command({ itemId: idSchema }),
  "agenda:open": command({ itemId: idSchema }),
  "agenda:set-time-box": command({
    itemId: idSchema,
    timeBoxSeconds: seconds(limits.maxTimeBox).nullable(),
  }),
  "agenda:set-speaking-time": command({
    itemId: idSchema,
    speakingTimeSeconds: seconds(limits.maxSpeakingTime),
    /** The point-of-order time on this item; unchanged when absent. */
    pointOfOrderSeconds: seconds(limits.maxSpeakingTime).optional(),
  }),
  "agenda:reorder": command({ itemIds: z.array(idSchema).min(1).max(limits.agendaItems) }),
  "agenda:conclude": command({ itemId: idSchema, conclusion: text(limits.conclusion) }),
  "agenda:reopen": command({ itemId: idSchema }),
  "floor:request": command({ kind: floorRequestKindSchema.default("speaker") }),
  "floor:withdraw": command({ requestId: idSchema }),
  "floor:give": command({
    requestId: idSchema.optional(),
    speakingTimeSeconds: seconds(limits.maxSpeakingTime).optional(),
  }),
  "floor:set-time": command({ speakingTimeSeconds: seconds(limits.maxSpeakingTime) }),
  "floor:end-turn": command({}),
  // Positions, polls, consensus and expectations: fields and checks in decisions/commands.ts.
  "position:save-draft": command(d.positionDraft),
  "position:discard-draft": command(d.positionItem),
  "position:publish": command(d.positionDraft),
  "poll:create": command(d.pollCreate).superRefine(checkPollCreate),
  "poll:open": command(d.poll),
  "poll:close": command(d.poll),
  "ballot:cast": command(d.ballot).superRefine(checkBallot),
  "consensus:call": command(d.consensusCall),
  "consensus:object": command(d.consensusObject),
  "consensus:withdraw-objection": command(d.consensusCallRef),
  "consensus:close": command(d.consensusCallRef),
  "expectation:draft": command(d.expectationDraft),
  "expectation:revise": command(d.expectationRevise),
  "expectation:amend": command(d.expectationAmend),
  "expectation:accept-amendment": command(d.amendmentDecision),
  "expectation:reject-amendment": command(d.amendmentDecision),
  "expectation:record-acceptance": command(d.acceptanceRecord).superRefine(checkAcceptance),
  // Mandate-language drafting, joint statements and breakdown privacy (drafting/shapes.ts).
  "draft:open": command(dr.draftOpen),
  "draft:add-paragraph": command(dr.paragraphAdd),
  "draft:edit-paragraph": command(dr.paragraphEdit),
  "draft:set-state": command(dr.paragraphSetState),
  "draft:delete-paragraph": command(dr.paragraphDelete),
  "draft:move-paragraph": command(dr.paragraphMove),
  "draft:propose": command(dr.propose),
  "draft:withdraw-proposal": command(dr.proposalRef),
  "draft:merge-proposal": command(dr.proposalMerge),
  "draft:reject-proposal": command(dr.proposalReject),
  "joint:post-position": command(dr.jointPosition),
  "joint:confirm": command(dr.coSignatureRef),
  "joint:decline": command(dr.coSignatureRef),
  "breakdown:set-disclosure": command(dr.disclosure),
  // The chair's summary: the secretary edits the narrative, the chair approves and finalises it.
  "summary:edit-draft": command({
    narrative: summaryNarrativeSchema,
    /** The revision the edit started from; a stale one is a CONFLICT, so no edit is lost. */
    baseRevision: z.number().int().min(0),
  }),
  "summary:finalise": command({ revision: z.number().int().min(0) }),
  // Secret polls' trustees (ballots/): a key share before opening, a decryption share after closing.
  "trustee:publish-key": command(d.trusteeKey),
  "trustee:decrypt": command(d.trusteeDecrypt),
  /** The chair chooses who decides, before any poll is opened or consensus called. */
  "consultation:set-decision-rule": command({ rule: decisionRuleSchema }),
  /** The chair puts a message, a consensus call's text or an agreed paragraph on the room display (null clears it). */
  "display:show": command({ content: onDisplaySchema.nullable() }),
} as const;

export type CommandName = keyof typeof commandSchemas;
export const commandNames = keysOf(commandSchemas);
/** What a client sends for a command (defaults may be omitted). */
export type CommandInput<C extends CommandName> = z.input<(typeof commandSchemas)[C]>;
/** What a handler receives after validation. */
export type CommandPayload<C extends CommandName> = z.output<(typeof commandSchemas)[C]>;

/** Each command's schema, typed so that a schema looked up by a generic name parses to its payload. */
const commandSchemaTable: { [C in CommandName]: z.ZodType<CommandPayload<C>, CommandInput<C>> } = commandSchemas;

/** The schema of one command, its parse typed by that command's payload. */
export function commandSchemaOf<C extends CommandName>(name: C): z.ZodType<CommandPayload<C>, CommandInput<C>> {
  return commandSchemaTable[name];
}

export const commandResultSchema = z.object({
  /** The sequence number of the last event the command appended. */
  seq: z.number().int().min(0),
  /** The id of the entity the command created, if any. */
  id: z.string().optional(),
});
/** What every command acknowledges on success. */
export type CommandResult = z.infer<typeof commandResultSchema>;
