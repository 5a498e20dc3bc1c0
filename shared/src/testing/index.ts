/**
 * Fixtures for tests (ours and the client's): kept out of the barrel, so no production bundle
 * carries them. Import from `@trilogue/shared/testing`.
 */
export * from "../ballots/test-poll.js";
export * from "../decisions/test-factories.js";
export * from "./sample.js";
