import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, callbackPath } from "../operators/oidc-flow.js";
import {
  clientDist,
  ensureClientBuilt,
  freePort,
  launchBrowser,
  openPerson,
  releaseBrowser,
  screenshot,
} from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { startOidcProvider, type TestOidcProvider } from "../support/oidc-provider.js";
import { startServer, type TestServer } from "../support/server.js";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp.js";
import { createConsultation, signInOperatorWithProvider } from "./operator-steps.js";
import { expectText, seen } from "./steps.js";

describe("the operator screen signed in with the organisation's provider", () => {
  let database: TestDatabase;
  let provider: TestOidcProvider;
  let smtp: TestSmtpServer;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await ensureClientBuilt();
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(accounts, [`${publicUrl}${callbackPath}`]);
    smtp = await startSmtpServer();
    server = await startServer(database, {
      PORT: String(port),
      PUBLIC_URL: publicUrl,
      CLIENT_DIST: clientDist,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_SCOPES: "roles",
      OIDC_PROVIDER_NAME: "UN Secretariat",
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_RETRY_BASE_MS: "200",
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
    await smtp?.close();
    await provider?.close();
    await database?.drop();
  });

  it("signs the officer in, shows their name and role, mails a link, and signs out", async () => {
    const { context, page } = await openPerson(browser);
    await page.goto(`${server.url}/operator`);
    // With the organisation's sign-in configured, the shared token is not offered.
    await page.getByRole("link", { name: "Sign in with UN Secretariat" }).waitFor();
    expect(await page.getByLabel("Operator token").count()).toBe(0);
    await screenshot(page, "operator-sign-in-oidc");

    await signInOperatorWithProvider(page, server.url, "UN Secretariat", "olu");
    await expectText(page.getByTestId("operator-identity"), "Signed in as Olu Mensah · Conference officer");

    await createConsultation(page, "Officers' consultation");
    await page.getByRole("button", { name: "New link: Chair" }).click();
    await page.getByTestId("issued-links").getByText("Chair").first().waitFor();
    await page.getByText("1 invitation on record").click();
    page.on("dialog", (dialog) => void dialog.accept());
    await page.getByLabel("Email address for Chair").fill("chair@un.example.org");
    await page.getByRole("button", { name: "Send the link to Chair by email" }).click();
    await expectText(page.getByTestId("all-invitations").getByTestId("mail-status"), "Sent");
    await screenshot(page, "operator-invitation-mailed");

    const mail = smtp.received.find((m) => m.to.includes("chair@un.example.org"));
    expect(mail?.subject).toBe("Invitation: Officers' consultation");
    const link = /http:\/\/\S+\/join#\S+/.exec(mail?.text ?? "")?.[0] ?? "";
    expect(link.startsWith(`${server.url}/join#`)).toBe(true);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in with UN Secretariat" }).waitFor(seen);
    // The cookie the browser still holds no longer signs anyone in.
    const me = await page.evaluate(async () => (await fetch("/api/operator/me")).status);
    expect(me).toBe(401);
    await context.close();
  });

  it("tells a person without an operator role why they were refused", async () => {
    const { context, page } = await openPerson(browser);
    await page.goto(`${server.url}/operator`);
    await page.getByRole("link", { name: "Sign in with UN Secretariat" }).click();
    await page.locator('input[name="login"]').fill("nobody");
    await page.locator('input[name="password"]').fill("any password");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("alert").waitFor();
    await expectText(page.getByRole("alert"), "Your account has no Trilogue operator role.");
    await context.close();
  });
});
