import type { VotingConstituency } from "../decisions/enums.js";
import { addCiphertexts, decodeCiphertext, encodeCiphertext } from "./ballot.js";
import { countsIn, type TallyScope } from "./disclosure.js";
import { decodePoint, encodePoint, G, mulSecret, Point, randomScalar } from "./group.js";
import { proveKey, provePartial, verifyKey, verifyPartial } from "./proofs.js";
import type { EncodedCiphertext, SealedBallot, TrusteePartials, TrusteeShare } from "./schemas.js";

/** The transcript context of a trustee's key proof. */
export const trusteeContext = (pollId: string, trusteeId: string) => ["trilogue-poll", pollId, trusteeId];
/** The transcript context of a trustee's partial decryption of one aggregate. */
export const partialContext = (pollId: string, trusteeId: string, scope: string, option: number) => [
  "trilogue-poll",
  pollId,
  trusteeId,
  scope,
  `option ${option}`,
];

/** A trustee's key: the secret share as hex, and what it publishes. */
export type TrusteeKey = { secret: string; share: TrusteeShare };

/** Makes a trustee's key share for a poll (in the chair's browser, on the server, at a named delegation). */
export function makeTrusteeKey(pollId: string, trusteeId: string): TrusteeKey {
  const x = randomScalar();
  return {
    secret: x.toString(16).padStart(64, "0"),
    share: { publicShare: encodePoint(mulSecret(G, x)), proof: proveKey(trusteeContext(pollId, trusteeId), x) },
  };
}

export function verifyTrusteeShare(pollId: string, trusteeId: string, share: TrusteeShare): boolean {
  try {
    return verifyKey(trusteeContext(pollId, trusteeId), decodePoint(share.publicShare), share.proof);
  } catch {
    return false;
  }
}

/** The poll's public key: the sum of every trustee's public share (n of n). */
export const combinePublicKey = (shares: readonly string[]): string =>
  encodePoint(shares.reduce((sum, share) => sum.add(decodePoint(share)), Point.ZERO));

/** One aggregate per disclosed scope: the sum, option by option, of the ballots that count in it. */
export type Aggregate = { scope: TallyScope; ciphertexts: EncodedCiphertext[] };

/** Multiplies the ciphertexts of the ballots per option, for each scope. */
export function aggregate(
  optionCount: number,
  ballots: readonly { group: readonly VotingConstituency[]; ballot: SealedBallot }[],
  scopes: readonly TallyScope[],
): Aggregate[] {
  const decoded = ballots.map(({ group, ballot }) => ({ group, cts: ballot.ciphertexts.map(decodeCiphertext) }));
  return scopes.map((scope) => {
    const sums = Array.from({ length: optionCount }, () => ({ a: Point.ZERO, b: Point.ZERO }));
    for (const { group, cts } of decoded) {
      if (!countsIn(group, scope)) continue;
      cts.forEach((ct, option) => {
        const sum = sums[option];
        if (sum) sums[option] = addCiphertexts(sum, ct);
      });
    }
    return { scope, ciphertexts: sums.map(encodeCiphertext) };
  });
}

/**
 * The aggregates of several runs of ballots added up, scope by scope and option by option (each
 * run aggregated over the same scopes, in the same order): the aggregates of all the ballots.
 */
export function sumAggregates(runs: readonly (readonly Aggregate[])[]): Aggregate[] {
  const [first, ...rest] = runs;
  if (!first) return [];
  return first.map(({ scope, ciphertexts }, s) => ({
    scope,
    ciphertexts: ciphertexts.map((ct, option) =>
      encodeCiphertext(
        rest.reduce((sum, run) => {
          const other = run[s]?.ciphertexts[option];
          if (run[s]?.scope !== scope || !other) throw new Error("the runs' aggregates do not match");
          return addCiphertexts(sum, decodeCiphertext(other));
        }, decodeCiphertext(ct)),
      ),
    ),
  }));
}

/** A trustee's partial decryptions of the aggregates, with proofs. */
export function decryptShare(
  pollId: string,
  trusteeId: string,
  secret: string,
  aggregates: readonly Aggregate[],
): TrusteePartials {
  const x = BigInt(`0x${secret}`);
  return aggregates.map(({ scope, ciphertexts }) => ({
    scope,
    options: ciphertexts.map((ct, option) => {
      const { d, proof } = provePartial(partialContext(pollId, trusteeId, scope, option), x, decodePoint(ct.a));
      return { d: encodePoint(d), proof };
    }),
  }));
}

/** Why a trustee's partial decryptions are refused, or null when each proof holds. */
export function partialsFault(
  pollId: string,
  trusteeId: string,
  publicShare: string,
  aggregates: readonly Aggregate[],
  partials: TrusteePartials,
): string | null {
  if (partials.length !== aggregates.length) return "there is not one partial decryption per aggregate";
  const X = decodePoint(publicShare);
  for (const [index, { scope, ciphertexts }] of aggregates.entries()) {
    const mine = partials[index];
    if (!mine || mine.scope !== scope || mine.options.length !== ciphertexts.length)
      return `the partial decryptions of scope ${scope} do not match its aggregate`;
    for (const [option, ct] of ciphertexts.entries()) {
      const partial = mine.options[option];
      let ok = false;
      try {
        ok =
          partial !== undefined &&
          verifyPartial(
            partialContext(pollId, trusteeId, scope, option),
            X,
            decodePoint(ct.a),
            decodePoint(partial.d),
            partial.proof,
          );
      } catch {
        ok = false;
      }
      if (!ok) return `the partial decryption of scope ${scope}, option ${option + 1} does not verify`;
    }
  }
  return null;
}

/** The discrete log of `target` in base G, searched from 0 to `bound`; null when beyond. */
export function boundedLog(target: Point, bound: number): number | null {
  let current = Point.ZERO;
  for (let m = 0; m <= bound; m++) {
    if (current.equals(target)) return m;
    current = current.add(G);
  }
  return null;
}

/**
 * The counts of each aggregate from every trustee's (verified) partial decryptions:
 * mG = b − Σ D_i, then m by bounded discrete log (at most `bound` ballots per scope).
 */
export function combineCounts(
  aggregates: readonly Aggregate[],
  partials: readonly TrusteePartials[],
  bound: number,
): { scope: TallyScope; counts: number[] }[] {
  return aggregates.map(({ scope, ciphertexts }, index) => ({
    scope,
    counts: ciphertexts.map((ct, option) => {
      let m = decodePoint(ct.b);
      for (const trustee of partials) {
        const d = trustee[index]?.options[option]?.d;
        if (!d) throw new Error("a partial decryption is missing");
        m = m.subtract(decodePoint(d));
      }
      const count = boundedLog(m, bound);
      if (count === null) throw new Error(`scope ${scope}, option ${option + 1} does not decrypt to a count`);
      return count;
    }),
  }));
}
