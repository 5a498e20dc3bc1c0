import type { FastifyInstance, FastifyReply } from "fastify";

/** A signed, httpOnly, SameSite=Strict cookie holding a random session token, sent only under `path`. */
export function signedSessionCookie(name: string, path: string) {
  return {
    name,
    set(reply: FastifyReply, token: string, expires: Date, secure: boolean) {
      reply.setCookie(name, token, { signed: true, httpOnly: true, sameSite: "strict", secure, path, expires });
    },
    clear(reply: FastifyReply) {
      reply.clearCookie(name, { path });
    },
    /** The session token from a Cookie header, or null when absent or its signature is forged. */
    read(app: FastifyInstance, header: string | undefined): string | null {
      if (!header) return null;
      const raw = app.parseCookie(header)[name];
      if (!raw) return null;
      const unsigned = app.unsignCookie(raw);
      return unsigned.valid ? unsigned.value : null;
    },
  };
}

/** The participants' session cookie. */
export const sessionCookie = signedSessionCookie("trilogue_session", "/");
