import {
  type Ack,
  type Briefing,
  briefingOperatorApi,
  type CreateMissionBody,
  type CreateMissionConsultationBody,
  missionOperatorApi,
} from "@trilogue/shared";
import { call } from "../../api/http";

/**
 * The operator's calls for missions and restricted briefings (bearer token, or the sign-in
 * cookie), as the shared tables declare them, each answer parsed with its route's schema.
 */
export function operatorMissionsApi(token: string | null) {
  const bearer = token ?? undefined;
  return {
    missions: () => call(missionOperatorApi.missions, { bearer }),
    createMission: (body: CreateMissionBody) => call(missionOperatorApi.create, { body, bearer }),
    nextConsultation: (missionId: string, body: CreateMissionConsultationBody) =>
      call(missionOperatorApi.nextConsultation, { params: { id: missionId }, body, bearer }),
    briefings: (consultationId: string) =>
      call(briefingOperatorApi.briefings, { params: { id: consultationId }, bearer }),
    accesses: (consultationId: string) =>
      call(briefingOperatorApi.accesses, { params: { id: consultationId }, bearer }),
    withdraw: (consultationId: string, briefingId: string) =>
      call(briefingOperatorApi.withdraw, { params: { id: consultationId, briefingId }, bearer }),
    /** The PDF travels as the body; its title and distribution list in the query. */
    circulate: (
      consultationId: string,
      file: File,
      query: { title: string; wholeConsultation: boolean; constituencies: string[] },
    ): Promise<Ack<Briefing>> =>
      call(briefingOperatorApi.circulate, {
        params: { id: consultationId },
        query: {
          title: query.title,
          wholeConsultation: String(query.wholeConsultation),
          constituencies: query.constituencies.join(","),
        },
        // Sent as a PDF whatever type the browser guessed for the file; the server reads no other.
        file: new Blob([file], { type: "application/pdf" }),
        bearer,
      }),
  };
}
