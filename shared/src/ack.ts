import { z } from "zod";

/** Every error a command can answer with. The client words them; the server only names them. */
export const errorCodes = [
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "INTERNAL",
  "PAYLOAD_TOO_LARGE",
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** One zod issue, reduced to what a sender needs to fix its payload. */
export const validationIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  issues: z.array(validationIssueSchema).optional(),
});
/** The error half of every acknowledgement and every HTTP error body. */
export type AppError = z.infer<typeof appErrorSchema>;

/** The shape every acknowledgement takes. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AppError };

/** Turns zod issues into the wire shape (symbols in paths are dropped: they cannot cross JSON). */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== "symbol"),
    message: issue.message,
  }));
}
