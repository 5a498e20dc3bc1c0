import { describe, expect, it } from "vitest";
import { ConfigError, defaultDataDir, loadConfig, oidcConfigured, operatorTokenEnabled } from "./config.js";

describe("configuration", () => {
  it("has defaults that start the embedded database on port 3000", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      DATA_DIR: defaultDataDir,
      PUBLIC_URL: "http://localhost:3000",
      DEMO: true,
      CATCH_UP_MAX_EVENTS: 500,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ DATABASE_URL: "mysql://db/x" }, "DATABASE_URL"],
    [{ PUBLIC_URL: "not a url" }, "PUBLIC_URL"],
    [{ REDIS_URL: "redis://127.0.0.1:6379" }, "REDIS_URL"],
    [{ REDIS_CHANNEL_PREFIX: "two words" }, "REDIS_CHANNEL_PREFIX"],
    [{ OIDC_ISSUER: "https://login.example.org" }, "OIDC_CLIENT_ID"],
    [{ OIDC_CLIENT_ID: "trilogue", OIDC_CLIENT_SECRET: "s" }, "OIDC_ISSUER"],
    [{ OIDC_ISSUER: "ldap://x" }, "OIDC_ISSUER"],
    [{ OIDC_AUDITOR_VALUE: "trilogue-administrator" }, "OIDC_AUDITOR_VALUE"],
    [{ OPERATOR_TOKEN_WITH_OIDC: "yes" }, "OPERATOR_TOKEN_WITH_OIDC"],
    [{ SMTP_URL: "http://mail.example.org" }, "SMTP_URL"],
    [{ MAIL_RETRY_BASE_MS: "1" }, "MAIL_RETRY_BASE_MS"],
    [{ TRUST_PROXY: "everyone" }, "TRUST_PROXY"],
    [{ SESSION_IDLE_SECONDS: "0" }, "SESSION_IDLE_SECONDS"],
    [{ SESSION_IDLE_SECONDS: "7200", SESSION_MAX_SECONDS: "3600" }, "SESSION_IDLE_SECONDS"],
    [{ INVITATION_MAX_REDEMPTIONS: "0" }, "INVITATION_MAX_REDEMPTIONS"],
    [{ SOCKETS_PER_SESSION: "many" }, "SOCKETS_PER_SESSION"],
    [{ CATCH_UP_MAX_EVENTS: "0" }, "CATCH_UP_MAX_EVENTS"],
    [{ RECEIPT_RETENTION_HOURS: "-1" }, "RECEIPT_RETENTION_HOURS"],
  ])("refuses %j, naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it("keeps the operator token without OIDC, and drops it with OIDC unless kept", () => {
    const oidc = {
      OIDC_ISSUER: "https://login.example.org/",
      OIDC_CLIENT_ID: "trilogue",
      OIDC_CLIENT_SECRET: "s3cret",
    };
    expect(operatorTokenEnabled(loadConfig({}))).toBe(true);
    expect(oidcConfigured(loadConfig({}))).toBe(false);
    expect(oidcConfigured(loadConfig(oidc))).toBe(true);
    expect(operatorTokenEnabled(loadConfig(oidc))).toBe(false);
    expect(operatorTokenEnabled(loadConfig({ ...oidc, OPERATOR_TOKEN_WITH_OIDC: "true" }))).toBe(true);
  });

  it("reads TRUST_PROXY as Fastify takes it", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "127.0.0.1, 10.0.0.0/8" }).TRUST_PROXY).toEqual(["127.0.0.1", "10.0.0.0/8"]);
  });

  it("explains why Redis needs PostgreSQL", () => {
    expect(() => loadConfig({ REDIS_URL: "redis://127.0.0.1:6379" })).toThrow(/PGlite database belongs to one process/);
  });
});
