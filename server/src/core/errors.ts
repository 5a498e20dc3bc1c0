import { type AppError, type ErrorCode, fieldOf, type ReasonCode, type ValidationIssue } from "@trilogue/shared";

/** A reason the client can word: its code and the values its sentence needs. */
export type Reason = { code: ReasonCode; params?: Record<string, string | number> };

const httpStatus: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
  PAYLOAD_TOO_LARGE: 413,
};

/** A refusal the sender should see as it is: thrown by rules and services, never logged as a fault. */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ValidationIssue[],
    readonly reason?: Reason,
  ) {
    super(message);
  }

  get status(): number {
    return httpStatus[this.code];
  }

  toJSON(): AppError {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.reason ? { reason: this.reason } : {}),
    };
  }
}

/** A refusal because of the state of things; the reason is required, so every refusal has words in every language. */
export const conflict = (message: string, reason: Reason) => new DomainError("CONFLICT", message, undefined, reason);
export const notFound = (message: string, reason: Reason) => new DomainError("NOT_FOUND", message, undefined, reason);
export const forbidden = (message: string, reason: Reason) => new DomainError("FORBIDDEN", message, undefined, reason);
/** A refusal of any other code (UNAUTHENTICATED, INTERNAL...), with the reason the client words. */
export const refusal = (code: ErrorCode, message: string, reason: Reason) =>
  new DomainError(code, message, undefined, reason);

/** Connection-level failures of pg or PGlite: the database is down, not the request wrong. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = fieldOf(error, "code");
  if (typeof code === "string" && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|57P01|57P02|57P03|08\w{3})$/.test(code)) {
    return true;
  }
  return /Connection terminated|Query read timeout|connection timeout|timeout exceeded when trying to connect|PGlite is closed|Client has encountered a connection error/i.test(
    error.message,
  );
}

/** Maps any error to the wire shape; unknown faults are reported as INTERNAL without detail. */
export function toAppError(error: unknown): AppError {
  if (error instanceof DomainError) return error.toJSON();
  if (isUnavailable(error) || isUnavailable(fieldOf(error, "cause"))) {
    return { code: "UNAVAILABLE", message: "The database is unavailable; try again shortly." };
  }
  return { code: "INTERNAL", message: "Something went wrong on the server." };
}
