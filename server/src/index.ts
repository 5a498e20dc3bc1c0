export { buildApp } from "./app.js";
export { type Config, ConfigError, loadConfig } from "./config/config.js";
/** The built application, as tests and tools hold it. */
export type App = Awaited<ReturnType<typeof import("./app.js").buildApp>>;
// For tools and tests: the database, the event log, its head and the verification of its chain.
export { openDatabase } from "./db/database.js";
export { seedDemo } from "./demo/demo.js";
export { eventsSince, headOfLog } from "./events/event-log.repository.js";
export { verifyLog } from "./events/log-verification.js";
// For tests: the chair's summary as the server builds it, and its words.
export { type SummaryDocument, summaryDocumentSchema } from "./summary/build/document.js";
export { summaryLabels } from "./summary/labels/index.js";
