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
  })
  .superRefine((env, ctx) => {
    if (env.REDIS_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["REDIS_URL"],
        message:
          "REDIS_URL needs DATABASE_URL: the embedded PGlite database belongs to one process, so several nodes must share PostgreSQL",
      });
    }
  });

export type Config = z.output<typeof configSchema> & { PUBLIC_URL: string };

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
