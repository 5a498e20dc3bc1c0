import { z } from "zod";

/** A redline run (`drafting/redline.ts`), as it travels. */
export const redlineSegmentSchema = z.object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() });
