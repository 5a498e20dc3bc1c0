import type { Writable } from "node:stream";
import type { FastifyServerOptions } from "fastify";
import pretty from "pino-pretty";
import { logSerializers } from "./log-safety.js";

/** A person reads the log when the output is a terminal; anything else (a file, a collector) reads JSON. */
export const logsForPeople = (output: { isTTY?: boolean }): boolean => output.isTTY === true;

/**
 * The logger's options: lines a person can follow ("12:04:31 INFO: Trilogue is ready at …") at a
 * terminal, one JSON object per line otherwise. Both keep the serializers that withhold query
 * parameters. `destination` defaults to stdout (tests pass their own stream).
 */
export function loggerOptions(
  level: string,
  forPeople: boolean,
  destination?: Writable,
): NonNullable<FastifyServerOptions["logger"]> {
  if (!forPeople)
    return destination
      ? { level, serializers: logSerializers, stream: destination }
      : { level, serializers: logSerializers };
  const stream = pretty({
    translateTime: "SYS:HH:MM:ss",
    ignore: "pid,hostname",
    sync: true,
    // Colours only on the real terminal; a test's stream reads plain text.
    ...(destination ? { destination, colorize: false } : {}),
  });
  return { level, serializers: logSerializers, stream };
}
