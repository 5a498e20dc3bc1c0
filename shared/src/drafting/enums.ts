import { z } from "zod";

/** A resolution's two kinds of paragraph: preambular (PP) first, then operative (OP). */
export const paragraphKinds = ["preambular", "operative"] as const;
export const paragraphKindSchema = z.enum(paragraphKinds);
export type ParagraphKind = z.infer<typeof paragraphKindSchema>;

/**
 * Where a paragraph stands: bracketed (not yet agreed), agreed ad referendum (agreed in the room,
 * pending capitals) or agreed. Only the chair moves a paragraph between states.
 */
export const paragraphStates = ["bracketed", "agreed_ad_referendum", "agreed"] as const;
export const paragraphStateSchema = z.enum(paragraphStates);
export type ParagraphState = z.infer<typeof paragraphStateSchema>;

/**
 * What a delegation proposes: a new paragraph; an amendment that replaces, inserts or deletes a
 * passage of a paragraph; or an alternative wording of the whole paragraph ("OP3 alt").
 */
export const proposalKinds = ["new_paragraph", "replace", "insert", "delete", "alternative"] as const;
export const proposalKindSchema = z.enum(proposalKinds);
export type ProposalKind = z.infer<typeof proposalKindSchema>;

/** pending → merged by the chair, rejected by the chair, or withdrawn by its sponsor. */
export const proposalStatuses = ["pending", "merged", "rejected", "withdrawn"] as const;
export const proposalStatusSchema = z.enum(proposalStatuses);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

/** What a joint statement is made on: a published position, or a drafting proposal. */
export const jointSubjects = ["position", "proposal"] as const;
export const jointSubjectSchema = z.enum(jointSubjects);
export type JointSubject = z.infer<typeof jointSubjectSchema>;

/** A co-signatory's answer; a joint statement counts for it only once confirmed. */
export const coSignatureStatuses = ["pending", "confirmed", "declined"] as const;
export const coSignatureStatusSchema = z.enum(coSignatureStatuses);
export type CoSignatureStatus = z.infer<typeof coSignatureStatusSchema>;
