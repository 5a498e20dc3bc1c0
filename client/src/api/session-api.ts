import { sessionApi } from "@trilogue/shared";
import { call } from "./http";

/** What an invitation link is for, before the person gives a name. */
export const previewInvitation = (token: string) => call(sessionApi.preview, { body: { token } });

/** Redeems an invitation: the server sets the session cookie. */
export const joinWithInvitation = (token: string, displayName: string) =>
  call(sessionApi.join, { body: { token, displayName } });

/** Who this browser is signed in as. */
export const fetchSession = () => call(sessionApi.me);

/** Ends the session on this browser. */
export const logout = () => call(sessionApi.logout);
