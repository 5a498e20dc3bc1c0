import { z } from "zod";
import { limits } from "./limits.js";

/**
 * What the chair has put on the room display besides the room's own business: a message, the text
 * under a consensus call or silence procedure, or an agreed paragraph. Entities are named by id,
 * so the display always shows their current text.
 */
export const onDisplaySchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("message"), text: z.string().trim().min(1).max(limits.displayMessage) }),
  z.strictObject({ kind: z.literal("consensus"), callId: z.uuid() }),
  z.strictObject({ kind: z.literal("paragraph"), paragraphId: z.uuid() }),
]);
export type OnDisplay = z.infer<typeof onDisplaySchema>;
export type OnDisplayKind = OnDisplay["kind"];
