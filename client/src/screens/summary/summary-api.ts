import type { Ack, SummaryFormat, SummaryState } from "@trilogue/shared";
import { request } from "../../api/http";

/** The summary's base address for a consultation. */
const base = (consultationId: string) => `/api/consultations/${encodeURIComponent(consultationId)}/summary`;

/** Where the summary stands (status, revision, narrative as this person may read it, digest). */
export const fetchSummaryState = (consultationId: string): Promise<Ack<SummaryState>> =>
  request<SummaryState>(base(consultationId));

/** The download address of one format; the server names the file. */
export const summaryDownloadUrl = (consultationId: string, format: SummaryFormat): string =>
  `${base(consultationId)}/${format}`;

/** The public address that checks a digest against the final summary. */
export const summaryVerifyUrl = (consultationId: string, digest: string): string =>
  `${base(consultationId)}/verify?digest=${encodeURIComponent(digest)}`;
