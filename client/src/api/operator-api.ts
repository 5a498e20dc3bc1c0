import type {
  Consultation,
  CreateConsultationBody,
  Delegation,
  Invitation,
  IssueInvitationBody,
  Participant,
  RegisterDelegationBody,
} from "@trilogue/shared";
import { request } from "./http";

/** Everything the operator sees of one consultation. */
export type ConsultationDetail = {
  consultation: Consultation;
  delegations: Delegation[];
  participants: Participant[];
  invitations: Invitation[];
};

const base = "/api/operator/consultations";

/** The operator API, authenticated by the bearer token the operator signed in with. */
export function operatorApi(token: string) {
  return {
    list: () => request<Consultation[]>(base, { bearer: token }),
    create: (body: CreateConsultationBody) => request<Consultation>(base, { body, bearer: token }),
    get: (id: string) => request<ConsultationDetail>(`${base}/${id}`, { bearer: token }),
    registerDelegation: (id: string, body: RegisterDelegationBody) =>
      request<Delegation>(`${base}/${id}/delegations`, { body, bearer: token }),
    issueInvitation: (id: string, body: IssueInvitationBody) =>
      request<Invitation>(`${base}/${id}/invitations`, { body, bearer: token }),
    revokeInvitation: (id: string, invitationId: string) =>
      request<undefined>(`${base}/${id}/invitations/${invitationId}/revoke`, { method: "POST", bearer: token }),
  };
}

/** The operator API bound to one token. */
export type OperatorApi = ReturnType<typeof operatorApi>;
