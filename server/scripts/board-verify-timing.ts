/**
 * CPU time of a board's checks in one process, for 500 ballots: the full check (`verify-poll`),
 * and a board followed while open (`BoardFollower`: parts of 100 proved as they come) then
 * finished at the close. CPU time, which a loaded machine disturbs less than wall time.
 *
 *   pnpm --filter @trilogue/server exec tsx scripts/board-verify-timing.ts [ballots=500]
 */
import { loadavg } from "node:os";
import { type Board, BoardFollower, boardHash, boardJson, verifyBoard } from "@trilogue/shared";
import { honestBoard } from "@trilogue/shared/testing";

const count = Number(process.argv.slice(2).find((arg) => arg !== "--") ?? 500);
function cpu<T>(what: string, run: () => T): T {
  const started = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(started);
  process.stdout.write(`${what}: ${((user + system) / 1000).toFixed(0)} ms CPU\n`);
  return result;
}
const groups = [["council"], ["tpcc"], ["host"], ["council", "tpcc"]] as const;
const fresh = () =>
  honestBoard({
    optionCount: 3,
    maxChoices: 1,
    voters: Array.from({ length: count }, (_, i) => ({ group: [...(groups[i % 4] ?? [])], choices: [i % 3] })),
  });
process.stdout.write(`load ${loadavg()[0]?.toFixed(1)}, ${count} ballots\n`);
const whole = fresh();
const text = boardJson(whole);
cpu("verify-poll's check (parse included)", () => verifyBoard(JSON.parse(text)));

const followed = fresh();
const hash = boardHash(boardJson(followed));
const follower = new BoardFollower();
const part = (ballots: Board["ballots"], head: Partial<Board>) => ({
  version: "trilogue-board-part-v1" as const,
  cursor: "c",
  reset: false,
  removed: [],
  board: JSON.parse(JSON.stringify({ ...followed, ...head, ballots })),
});
const open = { aggregates: null, partials: [], result: null };
cpu("followed while open (5 parts)", () => {
  for (let at = 0; at < count; at += count / 5) follower.apply(part(followed.ballots.slice(at, at + count / 5), open));
});
const { verdict, hash: mine } = cpu("at the close: the last part and the checks", () => {
  follower.apply(part([], {}));
  return follower.verify();
});
process.stdout.write(`verified ${verdict.ok && verdict.complete}, hash as served ${mine === hash}\n`);
