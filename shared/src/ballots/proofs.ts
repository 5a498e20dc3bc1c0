import { randomBytes } from "@noble/hashes/utils.js";
import {
  challenge,
  decodePoint,
  decodeScalar,
  encodePoint,
  encodeScalar,
  G,
  mod,
  mulPublic,
  mulSecret,
  multiScalarPublic,
  Point,
  randomScalar,
} from "./group.js";

/** Domain tags of the Fiat-Shamir transcripts (shared/README.md, "Transcripts"). */
export const tags = {
  /** A compact membership proof ({c, s}: the verifier recomputes the commitments). */
  membership: "trilogue-ballot-membership-v1",
  /** A membership proof carrying its commitments ({c, s, t}: verifiable in a batch). */
  committedMembership: "trilogue-ballot-membership-v2",
  key: "trilogue-trustee-key-v1",
  partial: "trilogue-partial-decryption-v1",
} as const;

/** An exponential ElGamal ciphertext of m under Y: (a, b) = (rG, mG + rY). */
export type Ciphertext = { a: Point; b: Point };
/** A Fiat-Shamir proof: one challenge and one response per branch (one branch for a Schnorr/Chaum-Pedersen proof). */
export type EncodedProof = { c: string[]; s: string[] };
/** A membership proof: compact, or carrying its commitments `t` (A₀, B₀, A₁, B₁, …, as hex). */
export type MembershipProof = EncodedProof & { t?: string[] | undefined };

const encodedCiphertext = (ct: Ciphertext) => [encodePoint(ct.a), encodePoint(ct.b)];
const hex32 = /^[0-9a-f]{64}$/;

/**
 * What a membership proof is about: the ciphertext that is the sum of `cts` (one ciphertext for an
 * option, every option's for the count), and `hex`, the parts the transcript hashes for it (the
 * ciphertexts' encodings as received: never encoded again).
 */
export type Statement = { cts: readonly Ciphertext[]; hex: readonly string[] };

const sumOf = (cts: readonly Ciphertext[]): Ciphertext =>
  cts.reduce((sum, ct) => ({ a: sum.a.add(ct.a), b: sum.b.add(ct.b) }), { a: Point.ZERO, b: Point.ZERO });

/**
 * Disjunctive Chaum-Pedersen proof that the statement's ciphertext encrypts one of `allowed`
 * (CDS94), carrying its commitments: the true branch is proved, the others simulated; the
 * challenges sum to the hash of the context, the statement, the allowed values and every commitment.
 */
export function proveMembership(
  context: readonly string[],
  y: Point,
  statement: Statement,
  plain: number,
  r: bigint,
  allowed: readonly number[],
): Required<MembershipProof> {
  const ct = sumOf(statement.cts);
  const { c, s, commitments } = proveBranches(y, ct, plain, r, allowed, (t) =>
    challenge(tags.committedMembership, [...context, ...statement.hex, allowed.join(","), ...t]),
  );
  return { c, s, t: commitments };
}

/**
 * The compact proof of ballots sealed before proofs carried their commitments (transcript
 * `trilogue-ballot-membership-v1`, over the ciphertext itself). Kept to make such ballots in tests:
 * boards and cached pages of that time still exist.
 */
export function proveCompactMembership(
  context: readonly string[],
  y: Point,
  ct: Ciphertext,
  plain: number,
  r: bigint,
  allowed: readonly number[],
): EncodedProof {
  const { c, s } = proveBranches(y, ct, plain, r, allowed, (t) =>
    challenge(tags.membership, [...context, ...encodedCiphertext(ct), allowed.join(","), ...t]),
  );
  return { c, s };
}

function proveBranches(
  y: Point,
  ct: Ciphertext,
  plain: number,
  r: bigint,
  allowed: readonly number[],
  hash: (commitments: string[]) => bigint,
) {
  const k = allowed.indexOf(plain);
  if (k < 0) throw new Error("the plaintext is not among the allowed values");
  const c: bigint[] = [];
  const s: bigint[] = [];
  const commitments: string[] = [];
  const w = randomScalar();
  allowed.forEach((value, j) => {
    if (j === k) {
      c.push(0n);
      s.push(0n);
      commitments.push(encodePoint(mulSecret(G, w)), encodePoint(mulSecret(y, w)));
      return;
    }
    const cj = randomScalar();
    const sj = randomScalar();
    c.push(cj);
    s.push(sj);
    const [A, B] = membershipCommitments(y, ct, value, cj, sj);
    commitments.push(encodePoint(A), encodePoint(B));
  });
  const total = hash(commitments);
  const ck = mod(total - c.reduce((sum, x) => sum + x, 0n));
  c[k] = ck;
  s[k] = mod(w + ck * r);
  return { c: c.map(encodeScalar), s: s.map(encodeScalar), commitments };
}

function membershipCommitments(y: Point, ct: Ciphertext, value: number, c: bigint, s: bigint): [Point, Point] {
  const A = mulPublic(G, s).subtract(mulPublic(ct.a, c));
  const shifted = ct.b.subtract(mulPublic(G, BigInt(value)));
  const B = mulPublic(y, s).subtract(mulPublic(shifted, c));
  return [A, B];
}

/**
 * Checks a compact membership proof on its own (recomputing and encoding its commitments); false
 * on any malformed part. `hex` is what the transcript hashes for the ciphertext: its encoding.
 */
export function verifyCompactMembership(
  context: readonly string[],
  y: Point,
  ct: Ciphertext,
  hex: readonly string[],
  allowed: readonly number[],
  proof: MembershipProof,
): boolean {
  if (proof.t !== undefined || proof.c.length !== allowed.length || proof.s.length !== allowed.length) return false;
  try {
    const commitments: string[] = [];
    let sum = 0n;
    allowed.forEach((value, j) => {
      const c = decodeScalar(proof.c[j] ?? "");
      const s = decodeScalar(proof.s[j] ?? "");
      sum += c;
      const [A, B] = membershipCommitments(y, ct, value, c, s);
      commitments.push(encodePoint(A), encodePoint(B));
    });
    const total = challenge(tags.membership, [...context, ...hex, allowed.join(","), ...commitments]);
    return mod(sum) === total;
  } catch {
    return false;
  }
}

/** One verification equation, Σ k·P + g·G + y·Y = 0 (Y the poll's key): scalars as they come, not reduced. */
export type Equation = { terms: (readonly [Point, bigint])[]; g: bigint; y: bigint };

const term = (point: Point, k: bigint): readonly [Point, bigint] => [point, k];

/**
 * The verification equations of a membership proof carrying its commitments, once the checks that
 * need no multiplication hold: the challenges sum to the hash of the transcript (over the
 * commitments' hex as received) and every commitment decodes, canonically. Null when any of that
 * fails, or the proof is compact. For each branch j (value v_j, statement (a, b) = Σ cts):
 *   s_j·G − c_j·a − A_j = 0   and   s_j·Y − c_j·b + c_j·v_j·G − B_j = 0,
 * with a and b spread over the statement's ciphertexts, so that a count proof shares the option
 * ciphertexts' points in a batch.
 */
export function committedEquations(
  context: readonly string[],
  statement: Statement,
  allowed: readonly number[],
  proof: MembershipProof,
): Equation[] | null {
  const t = proof.t;
  const n = allowed.length;
  if (!t || proof.c.length !== n || proof.s.length !== n || t.length !== 2 * n) return null;
  try {
    if (!t.every((part) => hex32.test(part))) return null;
    const c = proof.c.map(decodeScalar);
    const s = proof.s.map(decodeScalar);
    const total = challenge(tags.committedMembership, [...context, ...statement.hex, allowed.join(","), ...t]);
    if (mod(c.reduce((sum, x) => sum + x, 0n)) !== total) return null;
    const commitments = t.map(decodePoint);
    return allowed.flatMap((value, j) => {
      const cj = c[j] ?? 0n;
      const sj = s[j] ?? 0n;
      const A = commitments[2 * j];
      const B = commitments[2 * j + 1];
      if (!A || !B) throw new Error("a commitment is missing");
      return [
        { terms: [term(A, -1n), ...statement.cts.map((ct) => term(ct.a, -cj))], g: sj, y: 0n },
        { terms: [term(B, -1n), ...statement.cts.map((ct) => term(ct.b, -cj))], g: cj * BigInt(value), y: sj },
      ];
    });
  } catch {
    return null;
  }
}

/** `count` independent weights of 128 bits from the platform's CSPRNG (which gives 64 KiB a call at most). */
function randomWeights(count: number): bigint[] {
  const weights: bigint[] = [];
  while (weights.length < count) {
    const bytes = randomBytes(16 * Math.min(4096, count - weights.length));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at < bytes.length; at += 16)
      weights.push((view.getBigUint64(at) << 64n) | view.getBigUint64(at + 8));
  }
  return weights;
}

/**
 * Whether every equation holds, checked at once (small-exponent batch verification, Bellare-Garay-
 * Rabin 1998): Σ_k w_k·E_k = 0 in ONE multi-scalar multiplication (Pippenger), each equation E_k
 * weighted by its own random w_k < 2^128.
 *
 * Soundness: ristretto255 has prime order q, so each E_k is d_k·G for a unique d_k mod q, and the
 * weighted sum is 0 iff Σ w_k·d_k ≡ 0 (mod q). If some d_i ≠ 0, then whatever the other weights,
 * one residue of w_i mod q at most satisfies it, and as 2^128 < q at most one of the 2^128 values
 * w_i may take: a false equation passes with probability at most 2^-128. The weights come from the
 * CSPRNG after the proofs are fixed and are never revealed, so a prover cannot aim at them. True
 * equations always pass (no false refusal). Together with the challenge check over the commitments'
 * canonical encodings, this is the compact proof's check: the recomputed commitments equal the
 * ones hashed.
 */
export function equationsHold(y: Point, equations: readonly Equation[]): boolean {
  if (equations.length === 0) return true;
  const weights = randomWeights(equations.length);
  const coefficients = new Map<Point, bigint>();
  let g = 0n;
  let yk = 0n;
  // Weighted by −w_k (the sum is 0 iff the one weighted by w_k is): each commitment, whose term
  // is −1·A, then has the short coefficient w_k, which the multiplication takes over half the windows.
  equations.forEach((equation, i) => {
    const w = -(weights[i] ?? 0n);
    g += w * equation.g;
    yk += w * equation.y;
    for (const [point, k] of equation.terms) coefficients.set(point, (coefficients.get(point) ?? 0n) + w * k);
  });
  const points = [...coefficients.keys()];
  const scalars = [...coefficients.values()].map(mod);
  return multiScalarPublic(points, scalars).add(mulPublic(G, g)).add(mulPublic(y, yk)).is0();
}

/** Schnorr proof of knowledge of x with X = xG, bound to the context (poll and trustee). */
export function proveKey(context: readonly string[], x: bigint): EncodedProof {
  const X = mulSecret(G, x);
  const t = randomScalar();
  const T = mulSecret(G, t);
  const c = challenge(tags.key, [...context, encodePoint(X), encodePoint(T)]);
  return { c: [encodeScalar(c)], s: [encodeScalar(t + c * x)] };
}

export function verifyKey(context: readonly string[], X: Point, proof: EncodedProof): boolean {
  try {
    if (proof.c.length !== 1 || proof.s.length !== 1) return false;
    const c = decodeScalar(proof.c[0] ?? "");
    const s = decodeScalar(proof.s[0] ?? "");
    if (X.is0()) return false;
    const T = mulPublic(G, s).subtract(mulPublic(X, c));
    return challenge(tags.key, [...context, encodePoint(X), encodePoint(T)]) === c;
  } catch {
    return false;
  }
}

/** Chaum-Pedersen proof that D = xA for the x with X = xG: a correct partial decryption of (A, ·). */
export function provePartial(context: readonly string[], x: bigint, A: Point): { d: Point; proof: EncodedProof } {
  const X = mulSecret(G, x);
  const D = mulSecret(A, x);
  const t = randomScalar();
  const c = challenge(tags.partial, [
    ...context,
    encodePoint(X),
    encodePoint(A),
    encodePoint(D),
    encodePoint(mulSecret(G, t)),
    encodePoint(mulSecret(A, t)),
  ]);
  return { d: D, proof: { c: [encodeScalar(c)], s: [encodeScalar(t + c * x)] } };
}

export function verifyPartial(context: readonly string[], X: Point, A: Point, D: Point, proof: EncodedProof): boolean {
  try {
    if (proof.c.length !== 1 || proof.s.length !== 1) return false;
    const c = decodeScalar(proof.c[0] ?? "");
    const s = decodeScalar(proof.s[0] ?? "");
    const T1 = mulPublic(G, s).subtract(mulPublic(X, c));
    const T2 = mulPublic(A, s).subtract(mulPublic(D, c));
    return (
      challenge(tags.partial, [
        ...context,
        encodePoint(X),
        encodePoint(A),
        encodePoint(D),
        encodePoint(T1),
        encodePoint(T2),
      ]) === c
    );
  } catch {
    return false;
  }
}
