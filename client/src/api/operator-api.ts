import {
  type CreateConsultationBody,
  type IssueInvitationBody,
  operatorSessionApi,
  operatorSetupApi,
  operatorSignInApi,
  type RegisterDelegationBody,
  type SendInvitationBody,
  type UpdateDelegationBody,
  type UpdateItemBody,
} from "@trilogue/shared";
import { call } from "./http";

/** How this server lets operators sign in (no credential needed). */
export const signInOptions = () => call(operatorSignInApi.options);

/**
 * The operator API as the shared tables declare it, each answer parsed with its route's schema.
 * Authenticated by the bearer token the operator signed in with, or (token null) by the session
 * cookie of a sign-in with the organisation's provider.
 */
export function operatorApi(tokenOrSession: string | null) {
  const bearer = tokenOrSession ?? undefined;
  const setup = operatorSetupApi;
  return {
    me: () => call(operatorSessionApi.me, { bearer }),
    signOut: () => call(operatorSessionApi.signOut, { bearer }),
    mails: (id: string) => call(setup.invitationMails, { params: { id }, bearer }),
    sendInvitation: (id: string, invitationId: string, body: SendInvitationBody) =>
      call(setup.sendInvitation, { params: { id, invitationId }, body, bearer }),
    list: () => call(setup.consultations, { bearer }),
    create: (body: CreateConsultationBody) => call(setup.create, { body, bearer }),
    get: (id: string) => call(setup.consultation, { params: { id }, bearer }),
    registerDelegation: (id: string, body: RegisterDelegationBody) =>
      call(setup.registerDelegation, { params: { id }, body, bearer }),
    updateDelegation: (id: string, delegationId: string, body: UpdateDelegationBody) =>
      call(setup.updateDelegation, { params: { id, delegationId }, body, bearer }),
    updateItem: (id: string, itemId: string, body: UpdateItemBody) =>
      call(setup.updateItem, { params: { id, itemId }, body, bearer }),
    issueInvitation: (id: string, body: IssueInvitationBody) =>
      call(setup.issueInvitation, { params: { id }, body, bearer }),
    revokeInvitation: (id: string, invitationId: string) =>
      call(setup.revokeInvitation, { params: { id, invitationId }, bearer }),
    /** A link that opens the room display of this consultation (an observer's, short-lived). */
    displayLink: (id: string) => call(setup.displayLink, { params: { id }, bearer }),
  };
}

/** The operator API bound to one token. */
export type OperatorApi = ReturnType<typeof operatorApi>;
