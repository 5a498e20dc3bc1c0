import { type Ack, type AppError, appErrorSchema } from "@trilogue/shared";

/** Options of one HTTP call to the server's API. */
export type RequestOptions = {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  /** The operator's bearer token, for `/api/operator/*`. */
  bearer?: string;
};

/**
 * Calls the API on this origin and returns the shared result shape: `{ ok, data }` or the server's
 * `{ code, message }` error; a network failure becomes `UNAVAILABLE`. Never throws.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<Ack<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? "GET" : "POST"),
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, error: { code: "UNAVAILABLE", message: "The server cannot be reached." } };
  }
  const text = await response.text();
  const json: unknown = text ? safeParse(text) : undefined;
  if (response.ok) return { ok: true, data: json as T };
  return { ok: false, error: errorOf(json, response.status) };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorOf(json: unknown, status: number): AppError {
  const parsed = appErrorSchema.safeParse((json as { error?: unknown } | undefined)?.error);
  if (parsed.success) return parsed.data;
  const code =
    status === 401 ? "UNAUTHENTICATED" : status === 403 ? "FORBIDDEN" : status === 404 ? "NOT_FOUND" : "INTERNAL";
  return { code, message: `HTTP ${status}` };
}
