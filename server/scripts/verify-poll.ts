/**
 * Verifies a secret poll's bulletin board offline, as any delegation can:
 *
 *   pnpm verify-poll <board.json>
 *
 * Recomputes every trustee's key proof and the public key, every ballot's tracker and proofs (the
 * committed proofs of all ballots in one batch; compact ones, from boards of before, each alone), the
 * scopes the secrecy floor allows, every aggregate, every partial decryption and the result
 * (shared/src/ballots/board.ts; the protocol is in shared/README.md). Exits 0 when everything
 * holds, 2 naming the first failure, 1 when the file cannot be read.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fieldOf, verifyBoard } from "@trilogue/shared";

function main(): number {
  const [file] = process.argv.slice(2).filter((arg) => arg !== "--");
  if (!file) {
    process.stderr.write("usage: pnpm verify-poll <board.json>\n");
    return 1;
  }
  // pnpm runs the script from the server package; a relative path means where the user typed it.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let board: unknown;
  try {
    board = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    process.stderr.write(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const verdict = verifyBoard(board);
  if (!verdict.ok) {
    process.stdout.write(`FAILED  ${verdict.failure}\n`);
    return 2;
  }
  const pollId = fieldOf(board, "pollId");
  if (!verdict.complete || !verdict.result) {
    process.stdout.write(`OK      poll ${pollId}: every proof so far verifies; no result yet\n`);
    return 0;
  }
  const lines = verdict.result.map(({ scope, counts }) => `  ${scope}: ${counts.join(" / ")}`);
  process.stdout.write(`OK      poll ${pollId}: verified\n${lines.join("\n")}\n`);
  return 0;
}

process.exitCode = main();
