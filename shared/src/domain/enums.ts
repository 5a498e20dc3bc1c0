import { z } from "zod";

/** The parties to the dialogue. A delegation may belong to several (e.g. Council member and T/PCC). */
export const constituencies = ["council", "tpcc", "secretariat", "host", "observer"] as const;
export const constituencySchema = z.enum(constituencies);
export type Constituency = z.infer<typeof constituencySchema>;

/** What a person may do in the room. */
export const roles = ["chair", "secretary", "delegate", "adviser", "observer"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** How the summary attributes what was said. */
export const confidentialityModes = ["on_record", "chatham_house", "closed"] as const;
export const confidentialitySchema = z.enum(confidentialityModes);
export type Confidentiality = z.infer<typeof confidentialitySchema>;

export const consultationStatuses = ["scheduled", "live", "suspended", "closed"] as const;
export const consultationStatusSchema = z.enum(consultationStatuses);
export type ConsultationStatus = z.infer<typeof consultationStatusSchema>;

/** The six official languages of the United Nations. */
export const languages = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** pending → open (under discussion) → concluded; a concluded item may be reopened. */
export const agendaItemStatuses = ["pending", "open", "concluded"] as const;
export const agendaItemStatusSchema = z.enum(agendaItemStatuses);
export type AgendaItemStatus = z.infer<typeof agendaItemStatusSchema>;

/** A point of order goes ahead of the queue; a right of reply is granted by the chair. */
export const floorRequestKinds = ["speaker", "point_of_order", "right_of_reply"] as const;
export const floorRequestKindSchema = z.enum(floorRequestKinds);
export type FloorRequestKind = z.infer<typeof floorRequestKindSchema>;

/** `paused`: a speaker interrupted by a point of order, who resumes with the time left when it ends. */
export const floorRequestStatuses = ["queued", "speaking", "done", "withdrawn", "paused"] as const;
export const floorRequestStatusSchema = z.enum(floorRequestStatuses);
export type FloorRequestStatus = z.infer<typeof floorRequestStatusSchema>;
