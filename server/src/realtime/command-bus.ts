import {
  type Ack,
  type CommandName,
  type CommandPayload,
  type CommandResult,
  type ConsultationEvent,
  commandSchemaOf,
  commandSchemas,
  type Me,
  type MeFor,
  may,
  toValidationIssues,
} from "@trilogue/shared";
import { conflict, DomainError, toAppError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { inConsultation, type UnitOfWork } from "../events/unit-of-work.js";
import { type BatchHandler, createGroupCommit } from "./group-commit.js";
import { payloadDigest, receiptMismatch } from "./payload-digest.js";

/**
 * How one command is carried out. Who may send it is the shared `whoMay` table, checked before
 * any I/O; `me` arrives narrowed by that guard. Finer checks (whose request is it?) go in `run`.
 */
export type CommandHandler<C extends CommandName> = {
  /** Carries the command out inside the consultation's transaction; returns a created id, if any. */
  run: (uow: UnitOfWork, payload: CommandPayload<C>, me: MeFor<C>) => Promise<string | undefined>;
  /** When present, commands of this kind arriving together share one transaction (group commit). */
  batch?: BatchHandler<C>;
};

/** Every command has exactly one handler: the compiler checks that none is forgotten. */
export type CommandHandlers = { [C in CommandName]: CommandHandler<C> };

/** Something that delivers committed events to the consultation's room. */
export type Publish = (consultationId: string, events: ConsultationEvent[]) => void;

const forbiddenError = new DomainError("FORBIDDEN", "Your role does not allow this action.", undefined, {
  code: "role_not_allowed",
});

function resultOf(id: string | undefined, events: ConsultationEvent[]): CommandResult {
  return { seq: events.at(-1)?.seq ?? 0, ...(id ? { id } : {}) };
}

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandSchemas, name);
}

/**
 * Runs client commands in the order every handler follows: validate, authorise, one transaction
 * (with the idempotency receipt), acknowledge, and broadcast only after commit. Commands whose
 * handler can batch (ballots) go through the group commit, which keeps that order per command.
 */
export function createCommandBus(deps: {
  db: Db;
  handlers: CommandHandlers;
  publish: Publish;
  onFault: (error: unknown, command: string) => void;
}) {
  async function execute<C extends CommandName>(me: Me, name: C, raw: unknown): Promise<Ack<CommandResult>> {
    const parsed = commandSchemaOf(name).safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: "VALIDATION",
          message: `Invalid payload for ${name}.`,
          issues: toValidationIssues(parsed.error.issues),
        },
      };
    }
    const payload = parsed.data;
    const handler: CommandHandler<C> = deps.handlers[name];
    if (!may(me, name)) return { ok: false, error: forbiddenError.toJSON() };
    if (handler.batch) return groupCommit.submit(name, handler.batch, me, payload, () => runAlone(me, name, payload));
    return runAlone(me, name, payload);
  }

  /** One command in its own transaction. */
  async function runAlone<C extends CommandName>(
    me: MeFor<C>,
    name: C,
    payload: CommandPayload<C>,
  ): Promise<Ack<CommandResult>> {
    const handler: CommandHandler<C> = deps.handlers[name];
    const digest = payloadDigest(payload);
    try {
      type Outcome = { replayed: CommandResult } | { id: string | undefined };
      const { value, events } = await inConsultation<Outcome>(
        deps.db,
        me.consultationId,
        me.participantId,
        async (uow) => {
          const stored = uow.storedReceipt;
          if (stored) {
            const mismatch = receiptMismatch(stored, name, digest);
            if (mismatch) throw conflict(mismatch, { code: "command_key_reused" });
            return { replayed: stored.result };
          }
          // Every path here starts in `execute`, past the command's guard.
          return { id: await handler.run(uow, payload, me) };
        },
        {
          // The receipt commits with the change itself, so a retry can never apply it twice.
          receipt: {
            participantId: me.participantId,
            key: payload.idempotencyKey,
            command: name,
            payloadDigest: digest,
            result: (outcome, appended) => ("replayed" in outcome ? null : resultOf(outcome.id, appended)),
          },
        },
      );
      if ("replayed" in value) return { ok: true, data: value.replayed };
      deps.publish(me.consultationId, events);
      return { ok: true, data: resultOf(value.id, events) };
    } catch (error) {
      // An INTERNAL refusal (the record found altered) is a fault the operator must hear of too.
      if (!(error instanceof DomainError) || error.code === "INTERNAL") deps.onFault(error, name);
      return { ok: false, error: toAppError(error) };
    }
  }
  const groupCommit = createGroupCommit({ db: deps.db, publish: deps.publish });
  return { execute };
}
