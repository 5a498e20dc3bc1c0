import { fieldOf } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import nodemailer from "nodemailer";
import type { Config } from "../config/config.js";
import type { Db } from "../db/database.js";
import { consultations, delegations, invitations } from "../db/schema.js";
import { backoffMs } from "./backoff.js";
import { claimDueMails, type InvitationMailRow, markFailed, markSent } from "./invitation-mails.repository.js";
import { invitationText } from "./invitation-text.js";
import { createSeal } from "./seal.js";

/** Sends invitation links by email through a persisted queue, outside any request. */
export type InvitationMailer = {
  /** Seals a link for the queue; only this server's secret opens it. */
  seal(link: string): string;
  /** Wakes the worker after mails were queued (it also polls). Returns at once. */
  kick(): void;
};

/** How long a worker holds a mail it is sending before another node may try it. */
const leaseMs = 120_000;
const batch = 5;

/**
 * The mailer, when SMTP_URL is set (null otherwise: everything works as without email). A worker
 * polls the queue, renders each mail in the consultation's working language at the moment of
 * sending, and records sent or failed-with-reason; failures are retried with backoff until
 * MAIL_MAX_ATTEMPTS. Links never reach the log.
 */
export function createInvitationMailer(
  app: FastifyInstance,
  db: Db,
  config: Config,
  secret: string,
): InvitationMailer | null {
  if (!config.SMTP_URL) return null;
  const transport = nodemailer.createTransport(config.SMTP_URL);
  const from = config.SMTP_FROM ?? `Trilogue <trilogue@${new URL(config.PUBLIC_URL).hostname}>`;
  const seal = createSeal(secret);
  const pollMs = Math.min(1000, config.MAIL_RETRY_BASE_MS);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const deliver = async (mail: InvitationMailRow) => {
    const attempts = mail.attempts + 1;
    try {
      if (!mail.sealedLink) throw new Error("the link is no longer held");
      const message = await render(db, mail, seal.open(mail.sealedLink));
      await transport.sendMail({ from, to: mail.recipient, ...message });
      await markSent(db, mail.id, attempts);
    } catch (error) {
      const reason = reasonOf(error);
      const retryAt =
        attempts >= config.MAIL_MAX_ATTEMPTS
          ? null
          : new Date(Date.now() + backoffMs(config.MAIL_RETRY_BASE_MS, attempts));
      await markFailed(db, mail.id, attempts, reason, retryAt);
      app.log.warn({ mailId: mail.id, attempts, reason, willRetry: retryAt !== null }, "an invitation mail failed");
    }
  };

  const drain = async () => {
    do {
      again = false;
      const due = await claimDueMails(db, new Date(), leaseMs, batch);
      await Promise.all(due.map(deliver));
      if (due.length === batch) again = true;
    } while (again && !stopped);
  };

  const kick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => app.log.error({ err: error }, "the mail queue could not be read"))
      .finally(() => {
        running = null;
      });
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      kick();
      schedule();
    }, pollMs);
    timer.unref();
  };
  app.addHook("onReady", async () => schedule());
  app.addHook("preClose", async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
    transport.close();
  });

  return { seal: (link) => seal.seal(link), kick };
}

/** The mail's words, read from the consultation as it is now (its working language may have changed). */
async function render(db: Db, mail: InvitationMailRow, link: string) {
  const [row] = await db
    .select({ invitation: invitations, consultation: consultations })
    .from(invitations)
    .innerJoin(consultations, eq(consultations.id, invitations.consultationId))
    .where(eq(invitations.id, mail.invitationId));
  if (!row) throw new Error("the invitation is gone");
  if (row.invitation.revokedAt) throw new Error("the invitation was revoked");
  const [delegation] = row.invitation.delegationId
    ? await db.select().from(delegations).where(eq(delegations.id, row.invitation.delegationId))
    : [];
  return invitationText(row.consultation.workingLanguage, {
    title: row.consultation.title,
    date: row.consultation.date,
    confidentiality: row.consultation.confidentiality,
    role: row.invitation.role,
    who: delegation?.name ?? row.invitation.label ?? row.invitation.role,
    link,
    expiresAt: row.invitation.expiresAt,
  });
}

/** The mail server's answer ("550 5.1.1 … unknown"), or the connection's failure, in one short line. */
function reasonOf(error: unknown): string {
  const response = fieldOf(error, "response");
  const code = fieldOf(error, "code");
  const text =
    typeof response === "string"
      ? response
      : `${typeof code === "string" ? `${code}: ` : ""}${String(fieldOf(error, "message") ?? error)}`;
  return text.replace(/\s+/g, " ").slice(0, 500);
}
