import type {
  AgendaItem,
  Consultation,
  ConsultationEvent,
  Delegation,
  FloorRequest,
  Patch,
  Snapshot,
} from "@trilogue/shared";

/** Deterministic ids: `id(3)` is a valid UUID ending in 3. */
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const at = "2016-11-03T10:00:00.000Z";

/** The consultation of every fixture. */
export const consultation: Consultation = {
  id: id(1),
  title: "Protection of civilians and political strategies",
  missionContext: "",
  date: "2016-11-03",
  languages: ["en", "fr"],
  workingLanguage: "en",
  confidentiality: "chatham_house",
  status: "live",
  decisionRule: "council_decides",
  createdAt: at,
};

/** An agenda item, pending unless told. */
export const item = (n: number, change: Partial<AgendaItem> = {}): AgendaItem => ({
  id: id(100 + n),
  position: n,
  title: `Item ${n}`,
  question: `Question ${n}?`,
  status: "pending",
  timeBoxSeconds: null,
  speakingTimeSeconds: 180,
  openedAt: null,
  deadlineAt: null,
  conclusion: null,
  concludedAt: null,
  ...change,
});

/** A delegation; Senegal is a Council member and a T/PCC. */
export const senegal: Delegation = {
  id: id(201),
  name: "Senegal",
  countryCode: "SN",
  constituencies: ["council", "tpcc"],
};
export const southSudan: Delegation = { id: id(202), name: "South Sudan", countryCode: "SS", constituencies: ["host"] };

/** A waiting request for the floor. */
export const floorRequest = (n: number, change: Partial<FloorRequest> = {}): FloorRequest => ({
  id: id(300 + n),
  itemId: id(101),
  delegationId: senegal.id,
  participantId: id(401),
  kind: "speaker",
  status: "queued",
  requestedAt: `2016-11-03T10:0${n}:00.000Z`,
  grantedAt: null,
  deadlineAt: null,
  endedAt: null,
  ...change,
});

/** A snapshot at `seq` with two items and two delegations. */
export function snapshot(seq: number, change: Partial<Snapshot> = {}): Snapshot {
  const base: Record<string, unknown> = {
    seq,
    consultation,
    delegations: [senegal, southSudan],
    participants: [],
    items: [item(1), item(2)],
    floorRequests: [],
  };
  return { ...base, ...change } as Snapshot;
}

/** A logged event with a patch. */
export const event = (
  seq: number,
  patch: Patch,
  type: ConsultationEvent["type"] = "item:opened",
): ConsultationEvent => ({
  seq,
  type,
  at,
  actorId: null,
  patch,
});
