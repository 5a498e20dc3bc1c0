import { type Ack, type SummaryFormat, type SummaryState, summaryApi } from "@trilogue/shared";
import { call, urlOf } from "../../api/http";

/** Where the summary stands (status, revision, narrative as this person may read it, digest). */
export const fetchSummaryState = (consultationId: string): Promise<Ack<SummaryState>> =>
  call(summaryApi.state, { params: { id: consultationId } });

/** The download address of one format; the server names the file. */
export const summaryDownloadUrl = (consultationId: string, format: SummaryFormat, cover?: "letter"): string =>
  urlOf(summaryApi.export, { params: { id: consultationId, format }, query: cover ? { cover } : {} });

/** The public address that checks a digest against the final summary. */
export const summaryVerifyUrl = (consultationId: string, digest: string): string =>
  urlOf(summaryApi.verifyDigest, { params: { id: consultationId }, query: { digest } });
