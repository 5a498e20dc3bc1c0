import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { decodeKey, decodePoint, encodePoint, G, mulSecret, Point, randomScalar } from "./group.js";
import { type Ciphertext, proveMembership, verifyMembership } from "./proofs.js";
import type { EncodedCiphertext, SealedBallot } from "./schemas.js";

/** What a ballot is bound to: the poll, its public key and its shape. */
export type BallotFrame = { pollId: string; publicKey: string; optionCount: number; maxChoices: number };

/** A frame as one string: a proof verdict holds for the very frame it was reached under. */
export const frameKey = (frame: BallotFrame): string =>
  [frame.pollId, frame.publicKey, String(frame.optionCount), String(frame.maxChoices)].join("\n");

/** The transcript context of a ballot's proof `label` ("option <i>" or "count"). */
export const ballotContext = (frame: BallotFrame, label: string) => [
  "trilogue-poll",
  frame.pollId,
  frame.publicKey,
  String(frame.optionCount),
  String(frame.maxChoices),
  label,
];

/** The sums a ballot may hold: 1 to the poll's number of choices. */
export const countRange = (maxChoices: number) => Array.from({ length: maxChoices }, (_, i) => i + 1);

export const decodeCiphertext = (ct: EncodedCiphertext): Ciphertext => ({ a: decodePoint(ct.a), b: decodePoint(ct.b) });
export const encodeCiphertext = (ct: Ciphertext): EncodedCiphertext => ({ a: encodePoint(ct.a), b: encodePoint(ct.b) });
export const addCiphertexts = (x: Ciphertext, y: Ciphertext): Ciphertext => ({ a: x.a.add(y.a), b: x.b.add(y.b) });

/**
 * Encrypts a ballot in the delegate's browser: `choices` are option indexes. Throws when the
 * choices do not fit the poll (none, too many, or unknown options).
 */
export function sealBallot(frame: BallotFrame, choices: readonly number[]): SealedBallot {
  const marked = new Set(choices);
  if (marked.size === 0 || marked.size > frame.maxChoices) throw new Error("the ballot does not fit the poll");
  if ([...marked].some((c) => !Number.isInteger(c) || c < 0 || c >= frame.optionCount))
    throw new Error("the ballot marks an option the poll does not have");
  const y = decodeKey(frame.publicKey);
  let total: Ciphertext = { a: Point.ZERO, b: Point.ZERO };
  let totalR = 0n;
  const ciphertexts: EncodedCiphertext[] = [];
  const proofs: SealedBallot["proofs"] = [];
  for (let option = 0; option < frame.optionCount; option++) {
    const m = marked.has(option) ? 1 : 0;
    const r = randomScalar();
    const ct = { a: mulSecret(G, r), b: mulSecret(y, r).add(m ? G : Point.ZERO) };
    ciphertexts.push(encodeCiphertext(ct));
    proofs.push(proveMembership(ballotContext(frame, `option ${option}`), y, ct, m, r, [0, 1]));
    total = addCiphertexts(total, ct);
    totalR += r;
  }
  const countProof = proveMembership(
    ballotContext(frame, "count"),
    y,
    total,
    marked.size,
    totalR,
    countRange(frame.maxChoices),
  );
  return { ciphertexts, proofs, countProof };
}

/** Why a ballot is refused, or null when every proof holds for this poll and key. */
export function ballotFault(frame: BallotFrame, ballot: SealedBallot): string | null {
  if (ballot.ciphertexts.length !== frame.optionCount || ballot.proofs.length !== frame.optionCount)
    return "the ballot does not have one ciphertext and one proof per option";
  let y: Point;
  const cts: Ciphertext[] = [];
  try {
    y = decodeKey(frame.publicKey);
    for (const ct of ballot.ciphertexts) cts.push(decodeCiphertext(ct));
  } catch {
    return "a ciphertext is not a valid group element";
  }
  for (const [option, ct] of cts.entries()) {
    const proof = ballot.proofs[option];
    if (!proof || !verifyMembership(ballotContext(frame, `option ${option}`), y, ct, [0, 1], proof))
      return `the proof that option ${option + 1} holds 0 or 1 does not verify`;
  }
  const total = cts.reduce(addCiphertexts, { a: Point.ZERO, b: Point.ZERO });
  if (!verifyMembership(ballotContext(frame, "count"), y, total, countRange(frame.maxChoices), ballot.countProof))
    return "the proof of the number of choices does not verify";
  return null;
}

/** A canonical serialisation of a ballot: fixed key order, lowercase hex. */
export function canonicalBallot(ballot: SealedBallot): string {
  return JSON.stringify({
    ciphertexts: ballot.ciphertexts.map(({ a, b }) => ({ a, b })),
    proofs: ballot.proofs.map(({ c, s }) => ({ c, s })),
    countProof: { c: ballot.countProof.c, s: ballot.countProof.s },
  });
}

/** A ballot's tracker: SHA-256 of its canonical serialisation, hex. Random, since the ciphertexts are. */
export const trackerOf = (ballot: SealedBallot): string => bytesToHex(sha256(utf8ToBytes(canonicalBallot(ballot))));
