import {
  type Ack,
  type AppError,
  appErrorSchema,
  pathOf,
  type RouteBody,
  type RouteDefinition,
  type RouteOutput,
} from "@trilogue/shared";

/** Options of one HTTP call to the server's API. */
export type RequestOptions = {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  /** A file sent as the raw body, under its own content type (a briefing's PDF), instead of JSON. */
  file?: Blob;
  /** The operator's bearer token, for `/api/operator/*`. */
  bearer?: string;
};

/**
 * Calls the API on this origin and returns the shared result shape: `{ ok, data }` or the server's
 * `{ code, message }` error; a network failure becomes `UNAVAILABLE`. Never throws.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<Ack<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.file) headers["content-type"] = options.file.type || "application/octet-stream";
  else if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  const sends = options.file !== undefined || options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (sends ? "POST" : "GET"),
      headers,
      credentials: "same-origin",
      body: options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
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

/** What a call to a shared route sends: its path parameters, query and body, as its schemas take them. */
export type CallInput<D extends RouteDefinition> = {
  params?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: RouteBody<D>;
  /** A route that takes a file (a briefing's PDF) gets it as the raw body. */
  file?: Blob;
  /** The operator's bearer token; without it an operator route rides on the sign-in cookie. */
  bearer?: string;
};

/** A route's address with its parameters and query filled in. */
export function urlOf<D extends RouteDefinition>(route: D, input: Pick<CallInput<D>, "params" | "query"> = {}): string {
  const path = pathOf(route.path, input.params);
  const entries = Object.entries(input.query ?? {}).map(([key, value]) => [key, String(value)]);
  return entries.length ? `${path}?${new URLSearchParams(entries)}` : path;
}

/**
 * Calls a route of the shared table and parses its JSON answer with the route's own schema, so
 * nothing the screens read is taken on trust; an answer that does not parse is an INTERNAL error.
 */
export async function call<D extends RouteDefinition>(
  route: D,
  input: CallInput<D> = {},
): Promise<Ack<RouteOutput<D>>> {
  const answer = await request<unknown>(urlOf(route, input), {
    method: route.method,
    body: input.body,
    file: input.file,
    bearer: input.bearer,
  });
  if (!answer.ok || typeof route.response !== "object") return answer as Ack<RouteOutput<D>>;
  const parsed = route.response.safeParse(answer.data);
  if (parsed.success) return { ok: true, data: parsed.data as RouteOutput<D> };
  return { ok: false, error: { code: "INTERNAL", message: "The server's answer was not what this page expects." } };
}
