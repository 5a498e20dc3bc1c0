import { z } from "zod";
import { idSchema } from "../domain/entities.js";

/**
 * What the room decides on, by a poll or a consensus call: an agenda item, a paragraph of a draft,
 * a delegation's proposal on a draft, or an expectation. Each concept implements its subject on the
 * server (`server/src/subjects/registry.ts`).
 */
export const subjectKinds = ["item", "paragraph", "proposal", "expectation"] as const;
export const subjectKindSchema = z.enum(subjectKinds);
export type SubjectKind = z.infer<typeof subjectKindSchema>;

export const subjectRefSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("item"), itemId: idSchema }),
  z.strictObject({ kind: z.literal("paragraph"), paragraphId: idSchema }),
  z.strictObject({ kind: z.literal("proposal"), proposalId: idSchema }),
  z.strictObject({ kind: z.literal("expectation"), expectationId: idSchema }),
]);
export type SubjectRef = z.infer<typeof subjectRefSchema>;

/** The id a subject reference names, whatever its kind. */
export function subjectIdOf(ref: SubjectRef): string {
  switch (ref.kind) {
    case "item":
      return ref.itemId;
    case "paragraph":
      return ref.paragraphId;
    case "proposal":
      return ref.proposalId;
    case "expectation":
      return ref.expectationId;
  }
}

/** A reference from its stored kind and id (the polls table keeps the two columns). */
export function subjectRef(kind: SubjectKind, id: string): SubjectRef {
  switch (kind) {
    case "item":
      return { kind, itemId: id };
    case "paragraph":
      return { kind, paragraphId: id };
    case "proposal":
      return { kind, proposalId: id };
    case "expectation":
      return { kind, expectationId: id };
  }
}
