import type { InvitationMail } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, tokenOf } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { queryRows, startServer, type TestServer } from "../support/server.js";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp.js";

describe.each(databaseKinds)("invitations sent by email on %s", (kind) => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let server: TestServer;

  const operator = async (method: string, path: string, body?: unknown) =>
    fetch(`${server.url}/api/operator${path}`, {
      method,
      headers: {
        authorization: `Bearer ${server.operatorToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const json = async <T>(response: Promise<Response>, status: number): Promise<T> => {
    const answer = await response;
    expect(answer.status, await answer.clone().text()).toBe(status);
    return (await answer.json()) as T;
  };
  /** A consultation with one delegation and its delegate's and chair's invitations. */
  const prepare = async (title: string, workingLanguage: string) => {
    const { id } = await json<{ id: string }>(
      operator("POST", "/consultations", {
        title,
        date: "2026-12-10",
        languages: ["en", "fr", "ar"],
        workingLanguage,
        confidentiality: "chatham_house",
      }),
      201,
    );
    const senegal = await json<{ id: string }>(
      operator("POST", `/consultations/${id}/delegations`, {
        name: "Senegal",
        countryCode: "SN",
        constituencies: ["council"],
      }),
      201,
    );
    const delegate = await json<{ id: string; url: string }>(
      operator("POST", `/consultations/${id}/invitations`, {
        role: "delegate",
        delegationId: senegal.id,
        label: "Senegal",
      }),
      201,
    );
    const chair = await json<{ id: string; url: string }>(
      operator("POST", `/consultations/${id}/invitations`, { role: "chair" }),
      201,
    );
    return { id, delegate, chair };
  };
  const send = (consultationId: string, invitationId: string, email: string) =>
    json<InvitationMail>(
      operator("POST", `/consultations/${consultationId}/invitations/${invitationId}/send`, { email }),
      202,
    );
  const mailsOf = (consultationId: string) =>
    json<InvitationMail[]>(operator("GET", `/consultations/${consultationId}/invitation-mails`), 200);
  const mailTo = async (consultationId: string, recipient: string) =>
    (await mailsOf(consultationId)).find((mail) => mail.recipient === recipient);
  const untilMail = async (consultationId: string, recipient: string, check: (mail: InvitationMail) => boolean) => {
    let last: InvitationMail | undefined;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      last = await mailTo(consultationId, recipient);
      if (last && check(last)) return last;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`the mail to ${recipient} never reached the expected state: ${JSON.stringify(last)}`);
  };
  const linkIn = (text: string) => /http:\/\/\S+\/join#\S+/.exec(text)?.[0] ?? "";
  const preview = (link: string) =>
    fetch(`${server.url}/api/invitations/preview`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: tokenOf(link) }),
    });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    smtp = await startSmtpServer({ refuse: (to, so) => to.startsWith("refused-twice@") && so < 2 });
    server = await startServer(database, {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: "Trilogue <trilogue@un.example.org>",
      MAIL_RETRY_BASE_MS: "150",
      MAIL_MAX_ATTEMPTS: "6",
    });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await database?.drop();
  });

  it("delivers each person their own working link, in the consultation's working language", async () => {
    const french = await prepare("Protection des civils", "fr");
    const arabic = await prepare("حماية المدنيين", "ar");
    await send(french.id, french.delegate.id, "senegal@mission.example.org");
    await send(french.id, french.chair.id, "chair@un.example.org");
    await send(arabic.id, arabic.delegate.id, "senegal-ar@mission.example.org");
    await eventually(() => smtp.received.length >= 3, 20_000, "three mails");

    const to = (address: string) => smtp.received.find((mail) => mail.to.includes(address));
    const delegateMail = to("senegal@mission.example.org");
    expect(delegateMail?.subject).toBe("Invitation : Protection des civils");
    expect(delegateMail?.text).toContain(
      "Senegal est invité(e) à la consultation « Protection des civils » le 10 décembre 2026.",
    );
    expect(delegateMail?.text).toContain("règle de Chatham House");
    expect(delegateMail?.text).toContain("aucun compte ni mot de passe");
    const chairMail = to("chair@un.example.org");
    expect(chairMail?.text).toContain("Rôle : Présidence.");
    const arabicMail = to("senegal-ar@mission.example.org");
    expect(arabicMail?.subject).toBe("دعوة: حماية المدنيين");
    expect(arabicMail?.text).toContain("قاعدة تشاتام هاوس");

    // Each link opens its own invitation; the link shown at issue was replaced by the mailed one.
    const delegatePreview = await preview(linkIn(delegateMail?.text ?? ""));
    expect(delegatePreview.status).toBe(200);
    expect(await delegatePreview.json()).toMatchObject({ role: "delegate", delegationName: "Senegal" });
    expect(await (await preview(linkIn(chairMail?.text ?? ""))).json()).toMatchObject({ role: "chair" });
    expect((await preview(french.delegate.url)).status).toBe(401);

    const sent = await untilMail(french.id, "senegal@mission.example.org", (mail) => mail.status === "sent");
    expect(sent).toMatchObject({ invitationId: french.delegate.id, attempts: 1, lastError: null });
    // Once sent, the link is no longer held anywhere on the server.
    const held = await queryRows(
      server.app,
      "SELECT 1 FROM invitation_mails WHERE sealed_link IS NOT NULL AND status = 'sent'",
    );
    expect(held).toHaveLength(0);
  });

  it("records a refused recipient as failed with the server's reason, and retries until delivered", async () => {
    const room = await prepare("Refused then accepted", "en");
    await send(room.id, room.delegate.id, "refused-twice@mission.example.org");
    const failed = await untilMail(room.id, "refused-twice@mission.example.org", (mail) => mail.status === "failed");
    expect(failed.lastError).toMatch(/550/);
    expect(failed.nextAttemptAt).not.toBeNull();
    const sent = await untilMail(room.id, "refused-twice@mission.example.org", (mail) => mail.status === "sent");
    expect(sent.attempts).toBe(3);
    expect(smtp.refusals.get("refused-twice@mission.example.org")).toBe(2);
    const mail = smtp.received.find((m) => m.to.includes("refused-twice@mission.example.org"));
    expect(mail?.subject).toBe("Invitation: Refused then accepted");
  });

  it("answers at once while the mail server is down, and delivers once it is back", async () => {
    const room = await prepare("Mail server outage", "es");
    const port = smtp.port;
    await smtp.close();
    const before = smtp.received.length;
    const started = Date.now();
    await send(room.id, room.chair.id, "chair-es@un.example.org");
    expect(Date.now() - started).toBeLessThan(5000);
    const failed = await untilMail(room.id, "chair-es@un.example.org", (mail) => mail.status === "failed");
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    const received = smtp.received;
    smtp = await startSmtpServer({ port });
    await untilMail(room.id, "chair-es@un.example.org", (mail) => mail.status === "sent");
    expect(received.length).toBe(before);
    expect(smtp.received.map((m) => m.subject)).toEqual(["Invitación: Mail server outage"]);
    expect(smtp.received[0]?.text).toContain("Función: Presidencia.");
  });
});
