import { DomainError } from "../core/errors.js";

/**
 * A refusal because the stored record no longer matches its own log (a hash lost, state edited
 * behind the log's back). It reaches the chair or operator with its message, is logged as a fault,
 * and changes nothing; `pnpm verify-log` says where the record breaks.
 */
export function logIntegrityError(detail: string): DomainError {
  return new DomainError(
    "INTERNAL",
    `${detail} The record has been altered outside Trilogue: nothing was changed. The operator should run \`pnpm verify-log\`.`,
    undefined,
    { code: "record_altered" },
  );
}
