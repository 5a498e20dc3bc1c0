import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("has defaults that start the embedded database on port 3000", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: "./data", PUBLIC_URL: "http://localhost:3000", DEMO: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ DATABASE_URL: "mysql://db/x" }, "DATABASE_URL"],
    [{ PUBLIC_URL: "not a url" }, "PUBLIC_URL"],
    [{ REDIS_URL: "redis://127.0.0.1:6379" }, "REDIS_URL"],
    [{ REDIS_CHANNEL_PREFIX: "two words" }, "REDIS_CHANNEL_PREFIX"],
    [{ TRUST_PROXY: "everyone" }, "TRUST_PROXY"],
    [{ SESSION_IDLE_SECONDS: "0" }, "SESSION_IDLE_SECONDS"],
    [{ SESSION_IDLE_SECONDS: "7200", SESSION_MAX_SECONDS: "3600" }, "SESSION_IDLE_SECONDS"],
    [{ INVITATION_MAX_REDEMPTIONS: "0" }, "INVITATION_MAX_REDEMPTIONS"],
    [{ SOCKETS_PER_SESSION: "many" }, "SOCKETS_PER_SESSION"],
    [{ RECEIPT_RETENTION_HOURS: "-1" }, "RECEIPT_RETENTION_HOURS"],
  ])("refuses %j, naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
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
