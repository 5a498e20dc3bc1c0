export { buildApp } from "./app.js";
export { type Config, ConfigError, loadConfig } from "./config/config.js";
/** The built application, as tests and tools hold it. */
export type App = Awaited<ReturnType<typeof import("./app.js").buildApp>>;
