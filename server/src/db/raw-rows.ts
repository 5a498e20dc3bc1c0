import { z } from "zod";

/** The rows of a raw statement (`db.execute`), checked against `row`: both drivers answer `{ rows }`. */
export function rowsOf<T>(result: unknown, row: z.ZodType<T>): T[] {
  return rowsParser(row)(result);
}

/**
 * `rowsOf` with its schema made once, for a statement run often (a vote storm's batches): zod
 * compiles an object schema on its first parse, which a schema made per call pays every time.
 */
export function rowsParser<T>(row: z.ZodType<T>): (result: unknown) => T[] {
  const schema = z.object({ rows: z.array(row) });
  return (result) => schema.parse(result).rows;
}

/** A `row_to_json` value: parsed by node-postgres, text from some drivers. */
export const jsonRowSchema = z.preprocess(
  (row) => (typeof row === "string" ? JSON.parse(row) : row),
  z.record(z.string(), z.unknown()),
);
