export { buildApp } from "./app.js";
export { type Config, ConfigError, loadConfig } from "./config/config.js";
