import {
  type Ack,
  appErrorSchema,
  type Briefing,
  type BriefingAccess,
  briefingSchema,
  type Consultation,
  type CreateMissionBody,
  type CreateMissionConsultationBody,
  fieldOf,
  type Mission,
} from "@trilogue/shared";
import { request } from "../../api/http";

/** The operator's calls for missions and restricted briefings (bearer token, or the sign-in cookie). */
export function operatorMissionsApi(bearer: string | null) {
  const auth = bearer ? { bearer } : {};
  return {
    missions: (): Promise<Ack<Mission[]>> => request("/api/operator/missions", auth),
    createMission: (body: CreateMissionBody): Promise<Ack<Mission>> =>
      request("/api/operator/missions", { ...auth, body }),
    nextConsultation: (missionId: string, body: CreateMissionConsultationBody): Promise<Ack<Consultation>> =>
      request(`/api/operator/missions/${encodeURIComponent(missionId)}/consultations`, { ...auth, body }),
    briefings: (consultationId: string): Promise<Ack<{ briefings: Briefing[] }>> =>
      request(`/api/operator/consultations/${encodeURIComponent(consultationId)}/briefings`, auth),
    accesses: (consultationId: string): Promise<Ack<{ accesses: BriefingAccess[] }>> =>
      request(`/api/operator/consultations/${encodeURIComponent(consultationId)}/briefings/accesses`, auth),
    withdraw: (consultationId: string, briefingId: string): Promise<Ack<unknown>> =>
      request(
        `/api/operator/consultations/${encodeURIComponent(consultationId)}/briefings/${encodeURIComponent(briefingId)}/withdraw`,
        { ...auth, method: "POST" },
      ),
    /** The PDF travels as the body; its title and distribution list in the query. */
    async circulate(
      consultationId: string,
      file: File,
      query: { title: string; wholeConsultation: boolean; constituencies: string[] },
    ): Promise<Ack<Briefing>> {
      const params = new URLSearchParams({
        title: query.title,
        wholeConsultation: String(query.wholeConsultation),
        constituencies: query.constituencies.join(","),
      });
      const headers: Record<string, string> = { "content-type": "application/pdf", accept: "application/json" };
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      try {
        const response = await fetch(
          `/api/operator/consultations/${encodeURIComponent(consultationId)}/briefings?${params}`,
          { method: "POST", headers, body: file, credentials: "same-origin" },
        );
        const json: unknown = await response.json().catch(() => null);
        if (response.ok) return { ok: true, data: briefingSchema.parse(json) };
        const error = appErrorSchema.safeParse(fieldOf(json, "error"));
        return {
          ok: false,
          error: error.success ? error.data : { code: "INTERNAL", message: `HTTP ${response.status}` },
        };
      } catch {
        return { ok: false, error: { code: "UNAVAILABLE", message: "The server cannot be reached." } };
      }
    },
  };
}
