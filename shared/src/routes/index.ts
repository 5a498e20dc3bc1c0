export * from "./audit.js";
export * from "./define.js";
export * from "./operator.js";
export * from "./room.js";
export * from "./session.js";
