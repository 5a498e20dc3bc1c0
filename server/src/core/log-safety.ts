import { fieldOf } from "@trilogue/shared";
/**
 * Errors as they may appear in the log: never a query's parameters (a failing insert would log
 * session token hashes, names, statements) nor a constraint's `detail` (which quotes the row's
 * values). A failing query keeps its SQL text, which holds placeholders only.
 */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: "(not an Error)" };
  const out: Record<string, unknown> = {
    type: error.name,
    message: withoutParams(error.message),
    stack: error.stack ? withoutParams(error.stack) : undefined,
  };
  const code = fieldOf(error, "code");
  const severity = fieldOf(error, "severity");
  const routine = fieldOf(error, "routine");
  if (code !== undefined) out.code = code;
  if (severity !== undefined) out.severity = severity;
  if (routine !== undefined) out.routine = routine;
  if (error.cause !== undefined && depth < 5) out.cause = safeError(error.cause, depth + 1);
  return out;
}

/** Drizzle words a failing query as "Failed query: …\nparams: …": the parameters are cut off. */
function withoutParams(text: string): string {
  return text.replace(/\nparams: [^\n]*/g, "\nparams: [withheld]");
}

/** Pino serializers for Fastify's logger: every `err` goes through `safeError`. */
export const logSerializers = {
  err: (error: Error): { type: string; message: string; stack: string; [key: string]: unknown } => {
    const safe = safeError(error);
    return { ...safe, type: String(safe.type), message: String(safe.message), stack: String(safe.stack ?? "") };
  },
};
