import { z } from "zod";

/** The rows of a raw statement (`db.execute`), checked against `row`: both drivers answer `{ rows }`. */
export function rowsOf<T>(result: unknown, row: z.ZodType<T>): T[] {
  return z.object({ rows: z.array(row) }).parse(result).rows;
}

/** A `row_to_json` value: parsed by node-postgres, text from some drivers. */
export const jsonRowSchema = z.preprocess(
  (row) => (typeof row === "string" ? JSON.parse(row) : row),
  z.record(z.string(), z.unknown()),
);
