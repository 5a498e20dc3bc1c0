import type { Ack, Briefing, ExpectationsRegister } from "@trilogue/shared";
import { request } from "../../api/http";

/** The register of the mission this consultation belongs to (FORBIDDEN when it belongs to none). */
export const fetchRegister = (): Promise<Ack<ExpectationsRegister>> => request("/api/missions/mine/register");

/** The briefings circulated to this participant's delegation. */
export const fetchBriefings = (): Promise<Ack<{ briefings: Briefing[] }>> => request("/api/briefings");

export const briefingUrl = (id: string) => `/api/briefings/${encodeURIComponent(id)}/download`;
export const registerUrl = (format: "md" | "json" | "pdf" | "docx") => `/api/missions/mine/register?format=${format}`;
