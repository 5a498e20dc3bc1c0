import type { InvitationPreview, JoinResult, Me } from "@trilogue/shared";
import { request } from "./http";

/** What an invitation link is for, before the person gives a name. */
export const previewInvitation = (token: string) =>
  request<InvitationPreview>("/api/invitations/preview", { body: { token } });

/** Redeems an invitation: the server sets the session cookie. */
export const joinWithInvitation = (token: string, displayName: string) =>
  request<JoinResult>("/api/join", { body: { token, displayName } });

/** Who this browser is signed in as. */
export const fetchSession = () => request<Me>("/api/session");

/** Ends the session on this browser. */
export const logout = () => request<undefined>("/api/logout", { method: "POST", body: {} });
