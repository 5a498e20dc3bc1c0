import fastifyCookie from "@fastify/cookie";
import { fieldOf } from "@trilogue/shared";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { hasZodFastifySchemaValidationErrors, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import helmet from "helmet";
import { agendaCommands } from "./agenda/agenda.commands.js";
import { auditRoutes } from "./audit/audit.routes.js";
import { authRoutes } from "./auth/auth.routes.js";
import { loadSecrets, type Secrets } from "./auth/secrets.js";
import { briefingOperatorRoutes, briefingRoutes } from "./briefings/briefings.routes.js";
import { disclosureCommands } from "./caveats/disclosures.commands.js";
import { type Config, operatorTokenEnabled, type TrustProxy } from "./config/config.js";
import { type DataDirReport, secureDataDir } from "./config/data-dir.js";
import { consensusCommands } from "./consensus/consensus.commands.js";
import { consultationCommands } from "./consultations/consultations.commands.js";
import { operatorRoutes } from "./consultations/operator.routes.js";
import { DomainError, toAppError } from "./core/errors.js";
import { logSerializers } from "./core/log-safety.js";
import { type Database, openDatabase } from "./db/database.js";
import { type DemoLinks, seedDemo } from "./demo/demo.js";
import { displayCommands } from "./display/display.commands.js";
import { displayOperatorRoutes, displayRoutes } from "./display/display.routes.js";
import { draftingRoutes } from "./drafting/drafting.routes.js";
import { draftCommands } from "./drafting/drafts.commands.js";
import { proposalCommands } from "./drafting/proposals.commands.js";
import { amendmentCommands } from "./expectations/amendments.commands.js";
import { expectationCommands } from "./expectations/expectations.commands.js";
import { floorCommands } from "./floor/floor.commands.js";
import { inlineScriptHashes, registerClient } from "./http/client-static.js";
import { healthRoutes } from "./http/health.routes.js";
import { metricsRoutes } from "./http/metrics.routes.js";
import { registerCsrfProtection, registerRateLimits } from "./http/protection.js";
import { jointCommands } from "./joint/joint.commands.js";
import { invitationMailRoutes } from "./mail/invitation-mail.routes.js";
import { createInvitationMailer } from "./mail/invitation-mailer.js";
import { missionOperatorRoutes, missionRoutes } from "./missions/missions.routes.js";
import { createOidcRelyingParty } from "./operators/oidc.js";
import { guardOperatorRoutes } from "./operators/operator-guard.js";
import { operatorsRoutes } from "./operators/operators.routes.js";
import { signInRoutes } from "./operators/sign-in.routes.js";
import { ballotCommands } from "./polls/ballots.commands.js";
import { boardRoutes } from "./polls/board.routes.js";
import { createBoardAnnouncer } from "./polls/board-announce.js";
import { pollCommands } from "./polls/polls.commands.js";
import { trusteeCommands } from "./polls/trustees.commands.js";
import { positionCommands } from "./positions/positions.commands.js";
import { positionRoutes } from "./positions/positions.routes.js";
import { createBroadcaster } from "./realtime/broadcaster.js";
import { type CommandHandlers, createCommandBus, type Publish } from "./realtime/command-bus.js";
import { attachRedisAdapter } from "./realtime/redis-adapter.js";
import { chairRoom, consultationRoom, participantRoom } from "./realtime/rooms.js";
import { createSessionSweeper, endSessionSockets, sweepIntervalMs } from "./realtime/session-sweeper.js";
import { createSocketServer, type Io } from "./realtime/socket-server.js";
import { createReceiptPruner } from "./scheduler/receipt-pruner.js";
import { createScheduler } from "./scheduler/scheduler.js";
import { summaryCommands } from "./summary/summary.commands.js";
import { summaryRoutes } from "./summary/summary.routes.js";

declare module "fastify" {
  interface FastifyInstance {
    /** The Socket.IO server sharing this app's HTTP server. */
    io: Io;
    database: Database;
    secrets: Secrets;
    /** Links of the demo consultation when this start created it. */
    demoLinks: DemoLinks | null;
    /** Every API route as registered, so a test can hold them against the shared route tables. */
    apiRoutes: RegisteredRoute[];
  }
}

/** A registered API route: `METHOD url`, and whether its answer goes through a response schema. */
export type RegisteredRoute = { key: string; responseSchema: boolean };

/**
 * Any route's body unless it sets its own. Commands travel over the socket; the largest HTTP body
 * is the operator's new consultation (250 delegations and 30 items, non-Latin names escaped).
 * Routes a stranger can reach set smaller limits (auth.routes.ts, summary.routes.ts).
 */
const defaultBodyLimit = 256 * 1024;

/** Fastify's trustProxy: a number of hops becomes "trust the first n hops" (as Fastify reads a number). */
function trustProxyOption(value: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof value === "number" ? (_address, hop) => hop < value : value;
}

/** Every command handler, one concept at a time. */
const handlers: CommandHandlers = {
  ...consultationCommands,
  ...displayCommands,
  ...agendaCommands,
  ...floorCommands,
  ...positionCommands,
  ...pollCommands,
  ...ballotCommands,
  ...trusteeCommands,
  ...consensusCommands,
  ...expectationCommands,
  ...amendmentCommands,
  ...summaryCommands,
  ...draftCommands,
  ...proposalCommands,
  ...jointCommands,
  ...disclosureCommands,
};

/**
 * Builds the whole application: database (migrated), HTTP routes, Socket.IO on the same server.
 * It does not listen; `server.ts` and tests do, on any port (0 in tests).
 */
export async function buildApp(config: Config, options: { logger?: FastifyServerOptions["logger"] } = {}) {
  const app: FastifyInstance = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL, serializers: logSerializers },
    bodyLimit: defaultBodyLimit,
    // Behind nginx every request comes from the proxy: believe its X-Forwarded-For only when told to.
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    // Fastify's 10 s per plugin is short for a loaded 2-core host starting up (routes read the built
    // client, PGlite warms up beside them); a plugin that truly hangs still fails the start.
    pluginTimeout: 120_000,
  });
  app.setValidatorCompiler(validatorCompiler);
  const apiRoutes: RegisteredRoute[] = [];
  app.decorate("apiRoutes", apiRoutes);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/")) return;
    for (const method of [route.method].flat()) {
      if (method !== "HEAD")
        apiRoutes.push({ key: `${method} ${route.url}`, responseSchema: Boolean(route.schema?.response) });
    }
  });
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.code(400).send({
        error: {
          code: "VALIDATION",
          message: "The request is invalid.",
          issues: error.validation.map((v) => ({
            path: v.instancePath.split("/").filter(Boolean),
            message: v.message ?? "invalid",
          })),
        },
      });
    }
    if (error instanceof DomainError) {
      // An INTERNAL refusal (the record found altered) is told to the caller and logged as a fault.
      if (error.code === "INTERNAL") request.log.error({ err: error }, "request refused");
      return reply.code(error.status).send({ error: error.toJSON() });
    }
    const statusCode = fieldOf(error, "statusCode");
    if (typeof statusCode === "number" && statusCode >= 400 && statusCode < 500) {
      const code =
        statusCode === 429
          ? "RATE_LIMITED"
          : statusCode === 404
            ? "NOT_FOUND"
            : statusCode === 413
              ? "PAYLOAD_TOO_LARGE"
              : "VALIDATION";
      return reply.code(statusCode).send({ error: { code, message: String(fieldOf(error, "message")) } });
    }
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") request.log.error({ err: error }, "request failed");
    return reply.code(appError.code === "UNAVAILABLE" ? 503 : 500).send({ error: appError });
  });

  // Before anything is written there: the database and the demo's bearer links live in DATA_DIR.
  reportDataDir(app, secureDataDir(config.DATA_DIR), config.DATA_DIR);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  let migrated = false;
  app.addHook("onClose", async () => {
    await database.close();
  });
  await database.migrate();
  migrated = true;
  // The embedded database creates its files with loose modes of its own: close them too.
  secureDataDir(config.DATA_DIR);
  const { db } = database;

  const loadedSecrets = await loadSecrets(db, config.OPERATOR_TOKEN);
  // With OIDC the shared token is off unless kept: never announce one nobody can use.
  const tokenEnabled = operatorTokenEnabled(config);
  const secrets = tokenEnabled ? loadedSecrets : { ...loadedSecrets, generatedOperatorToken: null };
  app.decorate("database", database);
  app.decorate("secrets", secrets);

  await app.register(fastifyCookie, { secret: secrets.cookieSecret });
  // Built once: @fastify/helmet built the middleware again for every request, parsing the policy
  // each time (~0.4 ms a request, 200 ms of a 500-client join storm's server CPU, issue 21).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The page's one inline script (the room's early socket), by its hash.
        scriptSrc: ["'self'", ...inlineScriptHashes(config.CLIENT_DIST)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'", config.PUBLIC_URL.replace(/^http/, "ws")],
        upgradeInsecureRequests: null,
      },
    },
  });
  // Helmet 8 throws instead of passing errors on (a throw here reaches Fastify's error handler).
  app.addHook("onRequest", (request, reply, done) => securityHeaders(request.raw, reply.raw, () => done()));

  registerCsrfProtection(app, config.PUBLIC_URL);
  await registerRateLimits(app);

  // Socket.IO before routes: the bus publishes to its rooms. `publish` is first called after
  // start-up, by which time the broadcaster below exists.
  // At a secret poll's tally, its board's last part goes to the room after the result (board-announce.ts).
  const announceTallies = createBoardAnnouncer({
    db,
    tell: (consultationId, final) => io.to(consultationRoom(consultationId)).emit("board:final", final),
    onFault: (error, pollId) => app.log.warn({ err: error, pollId }, "announcing a tallied board failed"),
  });
  const publish: Publish = (consultationId, events) => {
    broadcaster(consultationId, events);
    announceTallies(consultationId, events);
  };
  const bus = createCommandBus({
    db,
    handlers,
    publish,
    onFault: (error, command) => app.log.error({ err: error, command }, "command failed"),
  });
  const lifetimes = { idleSeconds: config.SESSION_IDLE_SECONDS, maxSeconds: config.SESSION_MAX_SECONDS };
  const io: Io = createSocketServer({
    app,
    db,
    publicUrl: config.PUBLIC_URL,
    bus,
    commandRatePerIp: config.COMMAND_RATE_PER_IP,
    socketsPerSession: config.SOCKETS_PER_SESSION,
    maxCatchUpEvents: config.CATCH_UP_MAX_EVENTS,
    onSessionUsed: (sessionId) => sweeper.used(sessionId),
  });
  const sweeper = createSessionSweeper({
    io,
    db,
    intervalMs: sweepIntervalMs(lifetimes),
    onFault: (error) => app.log.error({ err: error }, "session sweep failed"),
  });
  const receiptPruner = createReceiptPruner({
    db,
    retentionHours: config.RECEIPT_RETENTION_HOURS,
    onFault: (error) => app.log.error({ err: error }, "pruning command receipts failed"),
  });
  app.addHook("preClose", async () => {
    await sweeper.stop();
    await receiptPruner.stop();
  });
  const broadcaster = createBroadcaster(io);
  if (config.REDIS_URL) await attachRedisAdapter(app, io, config.REDIS_URL, config.REDIS_CHANNEL_PREFIX);
  app.decorate("io", io);
  app.addHook("preClose", async () => {
    // Only this node's sockets: through the Redis adapter a bare call would close every node's.
    io.local.disconnectSockets(true);
    await io.close();
  });
  // The server's own work (consensus deadlines, coalesced turnouts), polled from the database.
  const scheduler = createScheduler({
    db,
    publish,
    // Through the Redis adapter this reaches the chair's sockets on every node.
    tellChair: (consultationId, waiting) => io.to(chairRoom(consultationId)).emit("poll:waiting", waiting),
    onFault: (error, consultationId) => app.log.error({ err: error, consultationId }, "scheduled work failed"),
  });
  app.addHook("preClose", async () => {
    await scheduler.stop();
  });

  const secureCookies = config.PUBLIC_URL.startsWith("https://");
  await app.register(healthRoutes, { database, isMigrated: () => migrated });
  await app.register(authRoutes, {
    db,
    publish,
    secureCookies,
    joinsPerMinute: config.JOIN_RATE_LIMIT_PER_MINUTE,
    lifetimes,
    maxRedemptions: config.INVITATION_MAX_REDEMPTIONS,
    onSessionEnded: (sessionId, reason) => endSessionSockets(io, sessionId, reason),
  });
  // Before any operator route: the one guard of /api/operator/, with the roles of the shared tables.
  guardOperatorRoutes(app, {
    db,
    publicUrl: config.PUBLIC_URL,
    operatorTokenHash: tokenEnabled ? secrets.operatorTokenHash : null,
    requestsPerMinute: config.OPERATOR_RATE_LIMIT_PER_MINUTE,
  });
  const mailer = createInvitationMailer(app, db, config, secrets.cookieSecret);
  const relyingParty = createOidcRelyingParty(config);
  await app.register(signInRoutes, {
    db,
    relyingParty,
    options: {
      oidc: relyingParty ? { providerName: config.OIDC_PROVIDER_NAME ?? new URL(config.OIDC_ISSUER ?? "").host } : null,
      token: tokenEnabled,
      mail: mailer !== null,
    },
    publicUrl: config.PUBLIC_URL,
    secureCookies,
    sessionHours: config.OPERATOR_SESSION_HOURS,
    attemptsPerMinute: config.JOIN_RATE_LIMIT_PER_MINUTE,
  });
  await app.register(operatorsRoutes, { db });
  await app.register(invitationMailRoutes, { db, mailer, publicUrl: config.PUBLIC_URL });
  await app.register(operatorRoutes, {
    db,
    publish,
    publicUrl: config.PUBLIC_URL,
    onRevoked: (participantIds) => {
      for (const id of participantIds) {
        // Say why first, as every other end of a session does; the client shows it in its language.
        const room = io.in(participantRoom(id));
        room.emit("session:ended", { reason: "revoked" });
        room.disconnectSockets(true);
      }
    },
  });
  await app.register(positionRoutes, { db });
  await app.register(displayRoutes, { db, publicUrl: config.PUBLIC_URL });
  await app.register(displayOperatorRoutes, { db, publicUrl: config.PUBLIC_URL });
  await app.register(summaryRoutes, { db, publicUrl: config.PUBLIC_URL });
  await app.register(draftingRoutes, { db });
  await app.register(boardRoutes, { db });
  await app.register(metricsRoutes, {
    db,
    connectedSockets: () => io.of("/").sockets.size,
  });
  await app.register(auditRoutes, { db });
  await app.register(missionOperatorRoutes, { db, publish });
  await app.register(missionRoutes, { db });
  await app.register(briefingOperatorRoutes, { db });
  await app.register(briefingRoutes, { db });
  registerClient(app, config.CLIENT_DIST);

  app.decorate(
    "demoLinks",
    config.DEMO ? await seedDemo(db, { publicUrl: config.PUBLIC_URL, dataDir: config.DATA_DIR }) : null,
  );
  scheduler.start();
  sweeper.start();
  receiptPruner.start();
  return app;
}

function reportDataDir(app: FastifyInstance, report: DataDirReport, dataDir: string) {
  if (report.created) app.log.info({ dataDir }, "created DATA_DIR, readable by this user only (0700)");
  if (report.fixed.length > 0) {
    app.log.warn(
      { dataDir, fixed: report.fixed.length, examples: report.fixed.slice(0, 10) },
      `DATA_DIR was open to other users: closed ${report.fixed.length} folders and files (folders 0700, files 0600)`,
    );
  }
}

export { toAppError };
