import {
  type Ack,
  type Briefing,
  type ExpectationsRegister,
  expectationsRegisterSchema,
  missionApi,
} from "@trilogue/shared";
import { call, request, urlOf } from "../../api/http";

/**
 * The register of the mission this consultation belongs to (FORBIDDEN when it belongs to none). The
 * route answers files in four formats; its JSON is parsed with the register's own schema.
 */
export async function fetchRegister(): Promise<Ack<ExpectationsRegister>> {
  const answer = await request<unknown>(urlOf(missionApi.register, { query: { format: "json" } }));
  if (!answer.ok) return answer;
  const parsed = expectationsRegisterSchema.safeParse(answer.data);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, error: { code: "INTERNAL", message: "The server's answer was not what this page expects." } };
}

/** The briefings circulated to this participant's delegation. */
export const fetchBriefings = (): Promise<Ack<{ briefings: Briefing[] }>> => call(missionApi.briefings);

export const briefingUrl = (id: string) => urlOf(missionApi.downloadBriefing, { params: { briefingId: id } });
export const registerUrl = (format: "md" | "json" | "pdf" | "docx") =>
  urlOf(missionApi.register, { query: { format } });
