import { execFile } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

/** The repository's top folder. */
const root = resolve(import.meta.dirname, "../../..");
const read = (path: string) => readFileSync(resolve(root, path), "utf8");

/** The parts of a Compose service this test looks at. */
type Service = {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string> | string[];
  ports?: (string | number | { published?: string | number })[];
  volumes?: (string | { source?: string; target?: string })[];
  healthcheck?: { test?: string | string[] };
  depends_on?: string[] | Record<string, { condition?: string }>;
};
type Compose = { services: Record<string, Service> };

/** A service's environment as a record, whichever form the file uses. */
function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((entry) => [entry.split("=")[0], entry.split("=").slice(1).join("=")]));
}

/** The host ports a service publishes ("127.0.0.1:5432:5432", "5432:5432", long form). */
function publishedPorts(service: Service): number[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === "object") return Number(port.published);
    const parts = String(port).split(":");
    return Number(parts.length > 1 ? parts[parts.length - 2] : parts[0]);
  });
}

/** The Dockerfile a service builds from, relative to the repository. */
function dockerfileOf(service: Service): string {
  const build = service.build;
  if (!build) throw new Error("service has no build section");
  if (typeof build === "string") return resolve(root, build, "Dockerfile");
  return resolve(root, build.context ?? ".", build.dockerfile ?? "Dockerfile");
}

/** A host file mounted into a service at `target`. */
function mountedFile(service: Service, target: string): string | undefined {
  for (const volume of service.volumes ?? []) {
    const [source, mountTarget] =
      typeof volume === "string" ? volume.split(":") : [volume.source ?? "", volume.target ?? ""];
    if (mountTarget === target && source) return resolve(root, source);
  }
  return undefined;
}

/**
 * Runs a health check command (the `CMD` form) with its port moved to `port`, against a stand-in
 * HTTP server that answers `status` on `path`; resolves to the command's exit code.
 */
async function runHealthcheck(test: string[], fromPort: number, path: string, status: number): Promise<number> {
  const server = createServer((request, response) => {
    response.statusCode = request.url === path ? status : 404;
    response.end();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  // Both spellings: a URL (127.0.0.1:3000) and bash's /dev/tcp/127.0.0.1/8080.
  const [, command = "", ...args] = test.map((part) =>
    part
      .replaceAll(`127.0.0.1:${fromPort}`, `127.0.0.1:${port}`)
      .replaceAll(`/127.0.0.1/${fromPort}`, `/127.0.0.1/${port}`),
  );
  try {
    return await new Promise<number>((done) => {
      execFile(command, args, { timeout: 10_000 }, (error) => done(error ? Number(error.code ?? 1) || 1 : 0));
    });
  } finally {
    server.close();
  }
}

/** A health check as an exec array; fails when YAML turned part of it into something else. */
function execForm(service: Service): string[] {
  const test = service.healthcheck?.test;
  expect(Array.isArray(test)).toBe(true);
  const parts = test as unknown[];
  for (const part of parts) expect(typeof part).toBe("string");
  expect(parts[0]).toMatch(/^CMD(-SHELL)?$/);
  return parts as string[];
}

describe("docker-compose.yml", () => {
  let services: Record<string, Service>;
  const service = (name: string): Service => {
    const found = services[name];
    if (!found) throw new Error(`no service ${name}`);
    return found;
  };
  const apps = ["app1", "app2"];

  beforeAll(() => {
    services = (parse(read("docker-compose.yml")) as Compose).services;
  });

  it("declares PostgreSQL 15, Redis 7, two app nodes and a proxy", () => {
    expect(Object.keys(services).sort()).toEqual(["app1", "app2", "postgres", "proxy", "redis"]);
    expect(service("postgres").image).toMatch(/^postgres:15(\b|$)/);
    expect(service("redis").image).toMatch(/^redis:7(\b|$)/);
    expect(service("proxy").image).toMatch(/^(nginx|haproxy)(:|$)/);
  });

  it("publishes PostgreSQL on 5432, Redis on 6379 and the proxy on 8080", () => {
    expect(publishedPorts(service("postgres"))).toContain(5432);
    expect(publishedPorts(service("redis"))).toContain(6379);
    expect(publishedPorts(service("proxy"))).toContain(8080);
  });

  it("wires every app node to the postgres and redis services", () => {
    const postgresEnv = environmentOf(service("postgres"));
    for (const name of apps) {
      const env = environmentOf(service(name));
      const database = new URL(env.DATABASE_URL ?? "");
      expect(database.protocol).toBe("postgres:");
      expect(database.hostname).toBe("postgres");
      expect(database.port).toBe("5432");
      // The credentials and database are the ones the postgres service creates.
      expect(database.username).toBe(postgresEnv.POSTGRES_USER);
      expect(database.password).toBe(postgresEnv.POSTGRES_PASSWORD);
      expect(database.pathname).toBe(`/${postgresEnv.POSTGRES_DB}`);

      const redis = new URL(env.REDIS_URL ?? "");
      expect(redis.protocol).toBe("redis:");
      expect(redis.hostname).toBe("redis");
      expect(redis.port).toBe("6379");

      expect(env.PUBLIC_URL).toBe("http://localhost:8080");
      // No known default: compose refuses to start without one (`:?`), saying what to set.
      expect(env.OPERATOR_TOKEN).toMatch(/^\$\{OPERATOR_TOKEN:\?.*OPERATOR_TOKEN.*\}$/);
      // Behind nginx every request comes from the proxy: the apps must believe its X-Forwarded-For.
      expect(env.TRUST_PROXY).toBeTruthy();
    }
  });

  it("gives every service a health check, and the apps one on /readyz", () => {
    for (const [name, definition] of Object.entries(services)) {
      expect(definition.healthcheck?.test, name).toBeDefined();
    }
    expect(JSON.stringify(service("postgres").healthcheck?.test)).toContain("pg_isready");
    expect(JSON.stringify(service("redis").healthcheck?.test)).toContain("redis-cli");
    for (const name of apps) expect(JSON.stringify(service(name).healthcheck?.test)).toContain("/readyz");
  });

  it("has app and proxy health checks that pass on 200 and fail otherwise", async () => {
    for (const name of apps) {
      const test = execForm(service(name));
      expect(test.slice(0, 3)).toEqual(["CMD", "node", "-e"]);
      expect(await runHealthcheck(test, 3000, "/readyz", 200)).toBe(0);
      expect(await runHealthcheck(test, 3000, "/readyz", 503)).not.toBe(0);
    }
    const proxy = execForm(service("proxy"));
    expect(await runHealthcheck(proxy, 8080, "/healthz", 200)).toBe(0);
    expect(await runHealthcheck(proxy, 8080, "/healthz", 502)).not.toBe(0);
  });

  it("starts each app only once its dependencies are healthy", () => {
    for (const name of apps) {
      const dependsOn = service(name).depends_on;
      expect(dependsOn).toMatchObject({
        postgres: { condition: "service_healthy" },
        redis: { condition: "service_healthy" },
      });
    }
    expect(service("proxy").depends_on).toMatchObject({
      app1: { condition: "service_healthy" },
      app2: { condition: "service_healthy" },
    });
  });

  it("builds the apps from a Dockerfile in the repository that installs from the lockfile", () => {
    for (const name of apps) {
      const dockerfile = dockerfileOf(service(name));
      expect(existsSync(dockerfile), dockerfile).toBe(true);
      const text = readFileSync(dockerfile, "utf8");
      expect(text).toMatch(/^FROM node:20/m);
      expect(text).toContain("pnpm install --frozen-lockfile");
      expect(text).toMatch(/^EXPOSE 3000$/m);
    }
    const ignored = read(".dockerignore").split("\n");
    expect(ignored).toEqual(expect.arrayContaining(["**/node_modules", ".git", "data"]));
  });

  it("mounts a committed nginx config with sticky routing and WebSocket upgrades", () => {
    const config = mountedFile(service("proxy"), "/etc/nginx/conf.d/default.conf");
    expect(config).toBeDefined();
    expect(existsSync(config ?? "")).toBe(true);
    const text = readFileSync(config ?? "", "utf8");
    expect(text).toMatch(/^\s*(ip_hash|sticky|hash\s+\S+)\b/m);
    for (const app of apps) expect(text).toContain(`server ${app}:3000`);
    expect(text).toContain("location /socket.io/");
    expect(text).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade/);
    expect(text).toMatch(/proxy_set_header\s+Connection\s+\$connection_upgrade/);
    expect(text).toContain("listen 8080");
  });
});

describe(".ci/run", () => {
  const path = resolve(root, ".ci/run");

  it("exists and is executable", () => {
    expect(statSync(path).isFile()).toBe(true);
    expect(() => accessSync(path, constants.X_OK)).not.toThrow();
  });

  it("is strict bash that installs from the lockfile and runs the README's test command", () => {
    const text = read(".ci/run");
    expect(text.split("\n")[0]).toMatch(/^#!.*bash/);
    expect(text).toContain("set -euo pipefail");
    expect(text).toContain("pnpm install --frozen-lockfile");
    expect(text).toMatch(/^pnpm test\b/m);
    expect(text).toMatch(/^pnpm typecheck\b/m);
    expect(text).toMatch(/^pnpm lint\b/m);
    expect(text).toContain("TEST_DATABASE_URL=postgres://root@127.0.0.1:5432/test");
    expect(read("README.md")).toContain("pnpm test");
  });
});
