import type { FastifyInstance, FastifyReply } from "fastify";

const name = "trilogue_operator";

/**
 * The operator's session cookie: signed, httpOnly, SameSite=Strict, only sent to the API. Kept apart
 * from the participants' cookie so that signing out of one leaves the other.
 */
export const operatorCookie = {
  name,
  set(reply: FastifyReply, token: string, expires: Date, secure: boolean) {
    reply.setCookie(name, token, { signed: true, httpOnly: true, sameSite: "strict", secure, path: "/api/", expires });
  },
  clear(reply: FastifyReply) {
    reply.clearCookie(name, { path: "/api/" });
  },
  /** The session token, or null when absent or forged. */
  read(app: FastifyInstance, header: string | undefined): string | null {
    if (!header) return null;
    const raw = app.parseCookie(header)[name];
    if (!raw) return null;
    const unsigned = app.unsignCookie(raw);
    return unsigned.valid ? unsigned.value : null;
  },
};
