import { resolve } from "node:path";
import { z } from "zod";

/** `data/` at the repository's root, wherever the process was started from (`pnpm start` runs in `server/`). */
export const defaultDataDir = resolve(import.meta.dirname, "../../../data");

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** The environment Trilogue reads, validated once; nothing else reads process.env. */
export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    /** PostgreSQL; when absent, an embedded PGlite database under DATA_DIR. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATA_DIR: z.string().min(1).default(defaultDataDir),
    /** Shares broadcasts between several nodes; needs DATABASE_URL. */
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    /** The Redis pub/sub channel prefix: nodes of one deployment share it; deployments sharing a Redis must not. */
    REDIS_CHANNEL_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9:_-]{1,64}$/, "letters, digits, ':', '_' or '-', at most 64")
      .default("trilogue"),
    LOG_LEVEL: z.enum(logLevels).default("info"),
    /** Where people reach the app; used in invitation links and as the only allowed origin. */
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** The operator's secret; generated and printed once at first start when absent. */
    OPERATOR_TOKEN: z.string().min(16).optional(),
    /** Create the demo consultation on an empty database. */
    DEMO: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    /** Joins and invitation previews allowed per IP address per minute. */
    JOIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
    /** Socket commands allowed per IP address per second (a delegation room may share one NAT). */
    COMMAND_RATE_PER_IP: z.coerce.number().int().min(1).default(500),
    /** Folder of the built client to serve; absent in development (Vite serves it). */
    CLIENT_DIST: z.string().optional(),
    /** The organisation's OpenID Connect issuer; with a client id and secret, operators sign in there. */
    OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** The name on the "Sign in with …" button; the issuer's host when absent. */
    OIDC_PROVIDER_NAME: z.string().min(1).max(80).optional(),
    /** The ID-token (or userinfo) claim listing the person's roles or groups. */
    OIDC_ROLES_CLAIM: z.string().min(1).default("roles"),
    /** The claim values that grant each operator role (a group name, an app role, a group id). */
    OIDC_ADMINISTRATOR_VALUE: z.string().min(1).default("trilogue-administrator"),
    OIDC_CONFERENCE_OFFICER_VALUE: z.string().min(1).default("trilogue-conference-officer"),
    OIDC_AUDITOR_VALUE: z.string().min(1).default("trilogue-auditor"),
    /** Extra scopes to ask for besides `openid profile email` (e.g. `groups`). */
    OIDC_SCOPES: z.string().default(""),
    /** Keep OPERATOR_TOKEN working when OIDC is configured (for scripts); off by default. */
    OPERATOR_TOKEN_WITH_OIDC: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    /** Operator API requests allowed per IP address per minute. */
    OPERATOR_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /** Hours an operator's sign-in lasts. */
    OPERATOR_SESSION_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    /** Where invitations are mailed from: `smtp://user:pass@host:587` or `smtps://…:465`. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    /** The sender of invitation mail, e.g. `Trilogue <trilogue@un.example.org>`. */
    SMTP_FROM: z.string().min(3).optional(),
    /** First retry delay of a failed mail, doubled each time (capped at one hour). */
    MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
    /** Attempts before a mail is given up. */
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    /**
     * Which proxies to believe about the client's address (X-Forwarded-For): "false" (none, the
     * default), "true" (any: only when nothing but the proxy can reach the server), a number of
     * hops, or a comma-separated list of proxy addresses or CIDR ranges.
     */
    TRUST_PROXY: z
      .string()
      .regex(
        /^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
        "true, false, a number of hops, or a comma-separated list of addresses/CIDR ranges",
      )
      .default("false")
      .transform(parseTrustProxy),
    /** A session ends after this many seconds without use (no request, no socket activity). */
    SESSION_IDLE_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(31 * 86400)
      .default(24 * 3600),
    /** A session ends this many seconds after it was opened, however much it is used (never after its link expires). */
    SESSION_MAX_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(366 * 86400)
      .default(7 * 86400),
    /** How many sessions one invitation link may open, unless the link says otherwise. */
    INVITATION_MAX_REDEMPTIONS: z.coerce.number().int().min(1).max(10_000).default(25),
    /** How far behind a reconnecting client may be before it gets a snapshot instead of the events missed. */
    CATCH_UP_MAX_EVENTS: z.coerce.number().int().min(1).max(10_000).default(500),
    /** How many sockets one session may hold open on one node at once (tabs, reconnections). */
    SOCKETS_PER_SESSION: z.coerce.number().int().min(1).max(1000).default(8),
    /** How long a command's idempotency receipt is kept for retries; older ones are pruned. */
    RECEIPT_RETENTION_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 366)
      .default(48),
  })
  .superRefine((env, ctx) => {
    if (env.SESSION_IDLE_SECONDS > env.SESSION_MAX_SECONDS) {
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_IDLE_SECONDS"],
        message: "the idle lifetime cannot be longer than SESSION_MAX_SECONDS, the absolute one",
      });
    }
    if (env.REDIS_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["REDIS_URL"],
        message:
          "REDIS_URL needs DATABASE_URL: the embedded PGlite database belongs to one process, so several nodes must share PostgreSQL",
      });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      for (const [name, value] of [
        ["OIDC_ISSUER", env.OIDC_ISSUER],
        ["OIDC_CLIENT_ID", env.OIDC_CLIENT_ID],
        ["OIDC_CLIENT_SECRET", env.OIDC_CLIENT_SECRET],
      ] as const) {
        if (!value)
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together",
          });
      }
    }
    const roleValues = [env.OIDC_ADMINISTRATOR_VALUE, env.OIDC_CONFERENCE_OFFICER_VALUE, env.OIDC_AUDITOR_VALUE];
    if (new Set(roleValues).size !== roleValues.length) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_AUDITOR_VALUE"],
        message: "each operator role needs its own claim value",
      });
    }
  });

/** What Fastify's `trustProxy` takes, from the TRUST_PROXY text. */
export type TrustProxy = boolean | number | string[];

function parseTrustProxy(value: string): TrustProxy {
  if (value === "true") return true;
  if (value === "false") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(",").map((part) => part.trim());
}

export type Config = z.output<typeof configSchema> & { PUBLIC_URL: string };

/** Whether operators sign in with the organisation's OpenID provider. */
export const oidcConfigured = (config: Config): boolean =>
  Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);

/** Whether the shared OPERATOR_TOKEN signs operators in: always without OIDC, with it only when kept. */
export const operatorTokenEnabled = (config: Config): boolean =>
  !oidcConfigured(config) || config.OPERATOR_TOKEN_WITH_OIDC;

/** Raised when the environment is wrong; its message names every offending variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates configuration from an environment-like record. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(environment)"}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const config = parsed.data;
  const port = config.PORT === 0 ? 3000 : config.PORT;
  return {
    ...config,
    PUBLIC_URL: (config.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
  };
}
