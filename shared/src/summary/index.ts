export * from "./attribution.js";
export * from "./build.js";
export * from "./canonical.js";
export * from "./document.js";
export * from "./file-name.js";
export * from "./labels/index.js";
export * from "./narrative.js";
export * from "./sample.js";
