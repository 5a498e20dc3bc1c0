import { signedSessionCookie } from "../auth/session-cookie.js";

/**
 * The operator's session cookie, only sent to the API. Kept apart from the participants' cookie so
 * that signing out of one leaves the other.
 */
export const operatorCookie = signedSessionCookie("trilogue_operator", "/api/");
