import { describe, expect, it } from "vitest";
import { safeError } from "./log-safety.js";

describe("errors in the log", () => {
  it("keeps the failing SQL but never its parameters nor the row's values", () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "sessions_token_hash_unique"'),
      {
        code: "23505",
        detail: "Key (token_hash)=(5f2b…secret) already exists.",
      },
    );
    const error = new Error(
      'Failed query: insert into "sessions" ("token_hash") values ($1)\nparams: 5f2b-the-session-hash,Delegate of France',
      { cause },
    );
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain('insert into \\"sessions\\"');
    expect(logged).toContain("23505");
    expect(logged).not.toContain("5f2b");
    expect(logged).not.toContain("Delegate of France");
  });
});
