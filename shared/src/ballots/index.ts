/** Secret ballots: exponential ElGamal over ristretto255 with zero-knowledge proofs (shared/README.md). */
export * from "./ballot.js";
export * from "./board.js";
export * from "./board-follow.js";
export * from "./closing-read.js";
export * from "./disclosure.js";
export * from "./schemas.js";
export * from "./tally.js";
