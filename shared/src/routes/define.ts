import type { z } from "zod";
import type { Guard } from "../access/guards.js";
import type { OperatorRole } from "../operators.js";

/** Who can reach a route at all, before any finer check. */
export type Audience =
  /** Anyone: invitation links, the summary check. */
  | "public"
  /** A signed-in participant (session cookie); `who` narrows it further. */
  | "participant"
  /** A signed-in operator (cookie or bearer token) whose role is among the route's `roles`. */
  | "operator";

/**
 * One HTTP route as both sides know it: the server registers it with these schemas (so every
 * input is validated and every JSON answer serialised through its schema) and the client builds
 * the path and parses the answer with the same ones.
 */
export type RouteDefinition = {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Fastify's pattern, with `:name` parameters. */
  path: string;
  audience: Audience;
  /** For participant routes: who may call; any participant of the consultation when absent. */
  who?: Guard;
  /**
   * For operator routes (all under `/api/operator/`): the operator roles that may call. The one
   * guard of that prefix reads them from the tables and refuses a route without any (fail closed).
   */
  roles?: readonly OperatorRole[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * The JSON answer's schema; `"file"` for a download (PDF, Word, CSV, exact JSON bytes) whose
   * content type the route sets (`files` lists them); `"empty"` for 204; `"redirect"` for a
   * browser sent on elsewhere (303).
   */
  response: z.ZodType | "file" | "empty" | "redirect";
  /** For a download: the content types it may answer with (the query may choose among them). */
  files?: readonly string[];
  /** The success status; 200 unless said. */
  status?: 200 | 201 | 202 | 204 | 303;
};

/** Declares a route, keeping its literal types for both sides. */
export const route = <const D extends RouteDefinition>(definition: D): D => definition;

/** What a route's part parses to, or `undefined` when the route has none. */
export type RouteInput<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a JSON route answers with once parsed (downloads are read as files by their callers). */
export type RouteOutput<D extends RouteDefinition> = D["response"] extends z.ZodType
  ? z.output<D["response"]>
  : undefined;

/** Fills a route's `:name` parameters. */
export function pathOf(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The path ${path} needs ${name}.`);
    return encodeURIComponent(value);
  });
}

/** What a caller sends as a route's body, before the schema's defaults. */
export type RouteBody<D extends RouteDefinition> = D["body"] extends z.ZodType ? z.input<D["body"]> : never;

/** The content types of the downloads the routes declare (`files`). */
export const mediaTypes = {
  json: "application/json",
  markdown: "text/markdown",
  csv: "text/csv",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;
