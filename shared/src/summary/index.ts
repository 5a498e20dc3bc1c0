export * from "./narrative.js";
