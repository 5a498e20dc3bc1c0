import { operatorSetupApi } from "@trilogue/shared";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { FastifyPluginAsync } from "fastify";
import { invitationUrl } from "../auth/invitations.service.js";
import { conflict, notFound } from "../core/errors.js";
import { hashToken, newToken } from "../core/tokens.js";
import type { Db } from "../db/database.js";
import { invitations } from "../db/schema.js";
import { serve } from "../http/serve.js";
import type { InvitationMailer } from "./invitation-mailer.js";
import { enqueueMail, latestMails, presentMail } from "./invitation-mails.repository.js";

/** Sending invitation links by email, and each invitation's latest mail status. */
export const invitationMailRoutes: FastifyPluginAsync<{
  db: Db;
  mailer: InvitationMailer | null;
  publicUrl: string;
}> = async (app, { db, mailer, publicUrl }) => {
  serve(app, db, operatorSetupApi.invitationMails, async (request) => latestMails(db, request.params.id));

  // The server keeps only a hash of each link, so sending mints a fresh link for the invitation
  // (sessions already opened with it stay) and queues it; the answer comes before any SMTP talk.
  serve(app, db, operatorSetupApi.sendInvitation, async (request) => {
    if (!mailer) throw conflict("Email is not configured on this server (SMTP_URL).", { code: "mail_not_configured" });
    const { id, invitationId } = request.params;
    const token = newToken();
    const row = await db.transaction(async (tx) => {
      const [invitation] = await tx
        .update(invitations)
        .set({ tokenHash: hashToken(token) })
        .where(
          and(
            eq(invitations.id, invitationId),
            eq(invitations.consultationId, id),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, new Date()),
          ),
        )
        .returning({ id: invitations.id });
      if (!invitation)
        throw notFound("No such active invitation in this consultation.", { code: "invitation_not_found" });
      return enqueueMail(tx, {
        invitationId,
        consultationId: id,
        recipient: request.body.email,
        sealedLink: mailer.seal(invitationUrl(publicUrl, token)),
      });
    });
    mailer.kick();
    return presentMail(row);
  });
};
