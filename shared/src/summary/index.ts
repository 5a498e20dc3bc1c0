export * from "./freshness.js";
export * from "./narrative.js";
