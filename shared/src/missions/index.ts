export * from "./briefing-rules.js";
export * from "./expectation-text.js";
export * from "./redline-schema.js";
export * from "./register.js";
export * from "./register-markdown.js";
export * from "./register-words.js";
export * from "./schemas.js";
