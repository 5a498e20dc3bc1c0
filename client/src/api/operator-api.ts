import type {
  AgendaItem,
  Consultation,
  CreateConsultationBody,
  Delegation,
  Invitation,
  InvitationMail,
  IssueInvitationBody,
  OperatorMe,
  OperatorSignInOptions,
  Participant,
  RegisterDelegationBody,
  SendInvitationBody,
  UpdateDelegationBody,
  UpdateItemBody,
} from "@trilogue/shared";
import { request } from "./http";

/** Everything the operator sees of one consultation. */
export type ConsultationDetail = {
  consultation: Consultation;
  /** The agenda, in order. */
  items: AgendaItem[];
  delegations: Delegation[];
  participants: Participant[];
  invitations: Invitation[];
};

const base = "/api/operator/consultations";

/** How this server lets operators sign in (no credential needed). */
export const signInOptions = () => request<OperatorSignInOptions>("/api/operator-sign-in");

/**
 * The operator API, authenticated by the bearer token the operator signed in with, or (token null)
 * by the session cookie of a sign-in with the organisation's provider.
 */
export function operatorApi(tokenOrSession: string | null) {
  const token = tokenOrSession ?? undefined;
  return {
    me: () => request<OperatorMe>("/api/operator/me", { bearer: token }),
    signOut: () => request<undefined>("/api/operator/sign-out", { method: "POST", bearer: token }),
    mails: (id: string) => request<InvitationMail[]>(`${base}/${id}/invitation-mails`, { bearer: token }),
    sendInvitation: (id: string, invitationId: string, body: SendInvitationBody) =>
      request<InvitationMail>(`${base}/${id}/invitations/${invitationId}/send`, { body, bearer: token }),
    list: () => request<Consultation[]>(base, { bearer: token }),
    create: (body: CreateConsultationBody) => request<Consultation>(base, { body, bearer: token }),
    get: (id: string) => request<ConsultationDetail>(`${base}/${id}`, { bearer: token }),
    registerDelegation: (id: string, body: RegisterDelegationBody) =>
      request<Delegation>(`${base}/${id}/delegations`, { body, bearer: token }),
    updateDelegation: (id: string, delegationId: string, body: UpdateDelegationBody) =>
      request<Delegation>(`${base}/${id}/delegations/${delegationId}`, { method: "PATCH", body, bearer: token }),
    updateItem: (id: string, itemId: string, body: UpdateItemBody) =>
      request<AgendaItem>(`${base}/${id}/items/${itemId}`, { method: "PATCH", body, bearer: token }),
    issueInvitation: (id: string, body: IssueInvitationBody) =>
      request<Invitation>(`${base}/${id}/invitations`, { body, bearer: token }),
    revokeInvitation: (id: string, invitationId: string) =>
      request<undefined>(`${base}/${id}/invitations/${invitationId}/revoke`, { method: "POST", bearer: token }),
  };
}

/** The operator API bound to one token. */
export type OperatorApi = ReturnType<typeof operatorApi>;
