/**
 * Per-ballot proof-check CPU time, in one process (so that the ratios hold on a loaded machine):
 * compact proofs checked alone (ballots sealed before batch verification), committed proofs
 * checked alone, in batches of 16, and all at once. Each check has ballots of its own (a
 * verifier remembers the ciphertexts it decoded).
 *
 *   pnpm --filter @trilogue/server exec tsx scripts/batch-verify-timing.ts [ballots=500]
 */
import { loadavg } from "node:os";
import { ballotFault, ballotFaults, combinePublicKey, makeTrusteeKey, sealBallot } from "@trilogue/shared";
import { sealCompactBallot } from "@trilogue/shared/testing";

const count = Number(process.argv.slice(2).find((arg) => arg !== "--") ?? 500);
const pollId = "00000000-0000-4000-8000-000000000001";
const publicKey = combinePublicKey(["chair", "server"].map((id) => makeTrusteeKey(pollId, id).share.publicShare));
const frame = { pollId, publicKey, optionCount: 3, maxChoices: 1 };
const sealMany = (seal: typeof sealBallot) => Array.from({ length: count }, (_, i) => seal(frame, [i % 3]));

/**
 * CPU milliseconds per ballot of `run` (this process's CPU time, which a loaded machine disturbs
 * far less than wall time), which must find every ballot good.
 */
function perBallot(run: () => (string | null)[]): number {
  const started = process.cpuUsage();
  if (run().some((fault) => fault !== null)) throw new Error("an honest ballot was refused");
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000 / count;
}

for (let round = 1; round <= 2; round++) {
  const [compact, committed, inSixteens, inOne] = [sealCompactBallot, sealBallot, sealBallot, sealBallot].map(sealMany);
  const alone = perBallot(() => (compact ?? []).map((ballot) => ballotFault(frame, ballot)));
  const committedAlone = perBallot(() => (committed ?? []).map((ballot) => ballotFault(frame, ballot)));
  const sixteens = perBallot(() =>
    Array.from({ length: Math.ceil(count / 16) }, (_, i) => (inSixteens ?? []).slice(16 * i, 16 * i + 16)).flatMap(
      (batch) => ballotFaults(frame, batch),
    ),
  );
  const all = perBallot(() => ballotFaults(frame, inOne ?? []));
  const figures = [
    `compact alone ${alone.toFixed(2)}`,
    `committed alone ${committedAlone.toFixed(2)}`,
    `batches of 16 ${sixteens.toFixed(2)}`,
    `one batch of ${count} ${all.toFixed(2)}`,
  ];
  process.stdout.write(
    `round ${round} (load ${loadavg()[0]?.toFixed(2)}): CPU ms per ballot: ${figures.join(", ")}; compact alone / one batch = ${(alone / all).toFixed(1)}\n`,
  );
}
