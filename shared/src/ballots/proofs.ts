import {
  challenge,
  decodeScalar,
  encodePoint,
  encodeScalar,
  G,
  mod,
  mulPublic,
  mulSecret,
  type Point,
  randomScalar,
} from "./group.js";

/** Domain tags of the three Fiat-Shamir transcripts (shared/README.md, "Transcripts"). */
export const tags = {
  membership: "trilogue-ballot-membership-v1",
  key: "trilogue-trustee-key-v1",
  partial: "trilogue-partial-decryption-v1",
} as const;

/** An exponential ElGamal ciphertext of m under Y: (a, b) = (rG, mG + rY). */
export type Ciphertext = { a: Point; b: Point };
/** A Fiat-Shamir proof: one challenge and one response per branch (one branch for a Schnorr/Chaum-Pedersen proof). */
export type EncodedProof = { c: string[]; s: string[] };

const encodedCiphertext = (ct: Ciphertext) => [encodePoint(ct.a), encodePoint(ct.b)];

/**
 * Disjunctive Chaum-Pedersen proof that `ct` encrypts one of `allowed` (CDS94): the true branch is
 * proved, the others simulated; the challenges sum to the hash of the context, the ciphertext,
 * the allowed values and every commitment.
 */
export function proveMembership(
  context: readonly string[],
  y: Point,
  ct: Ciphertext,
  plain: number,
  r: bigint,
  allowed: readonly number[],
): EncodedProof {
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
  const total = challenge(tags.membership, [...context, ...encodedCiphertext(ct), allowed.join(","), ...commitments]);
  const ck = mod(total - c.reduce((sum, x) => sum + x, 0n));
  c[k] = ck;
  s[k] = mod(w + ck * r);
  return { c: c.map(encodeScalar), s: s.map(encodeScalar) };
}

function membershipCommitments(y: Point, ct: Ciphertext, value: number, c: bigint, s: bigint): [Point, Point] {
  const A = mulPublic(G, s).subtract(mulPublic(ct.a, c));
  const shifted = ct.b.subtract(mulPublic(G, BigInt(value)));
  const B = mulPublic(y, s).subtract(mulPublic(shifted, c));
  return [A, B];
}

/** Checks a membership proof; false on any malformed part. */
export function verifyMembership(
  context: readonly string[],
  y: Point,
  ct: Ciphertext,
  allowed: readonly number[],
  proof: EncodedProof,
): boolean {
  if (proof.c.length !== allowed.length || proof.s.length !== allowed.length) return false;
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
    const total = challenge(tags.membership, [...context, ...encodedCiphertext(ct), allowed.join(","), ...commitments]);
    return mod(sum) === total;
  } catch {
    return false;
  }
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
