import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import {
  decodeKey,
  decodePoint,
  decodeRememberedPoint,
  encodePoint,
  G,
  mulSecret,
  Point,
  randomScalar,
} from "./group.js";
import {
  type Ciphertext,
  committedEquations,
  type Equation,
  equationsHold,
  type MembershipProof,
  proveMembership,
  verifyCompactMembership,
} from "./proofs.js";
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

export const decodeCiphertext = (ct: EncodedCiphertext): Ciphertext => ({
  a: decodeRememberedPoint(ct.a),
  b: decodeRememberedPoint(ct.b),
});
export const encodeCiphertext = (ct: Ciphertext): EncodedCiphertext => ({ a: encodePoint(ct.a), b: encodePoint(ct.b) });
export const addCiphertexts = (x: Ciphertext, y: Ciphertext): Ciphertext => ({ a: x.a.add(y.a), b: x.b.add(y.b) });

/**
 * Encrypts a ballot in the delegate's browser: `choices` are option indexes. Throws when the
 * choices do not fit the poll (none, too many, or unknown options). Its proofs carry their
 * commitments, so that verifiers check many ballots at once (`ballotFaults`).
 */
export function sealBallot(frame: BallotFrame, choices: readonly number[]): SealedBallot {
  const marked = new Set(choices);
  if (marked.size === 0 || marked.size > frame.maxChoices) throw new Error("the ballot does not fit the poll");
  if ([...marked].some((c) => !Number.isInteger(c) || c < 0 || c >= frame.optionCount))
    throw new Error("the ballot marks an option the poll does not have");
  // Not `decodeKey`: a page seals one ballot, and building the key's table first cost ~200 ms more
  // (cold) than the sealing saved. The verifiers, which check hundreds, keep the table.
  const y = decodePoint(frame.publicKey);
  const cts: Ciphertext[] = [];
  let totalR = 0n;
  const ciphertexts: EncodedCiphertext[] = [];
  const proofs: SealedBallot["proofs"] = [];
  for (let option = 0; option < frame.optionCount; option++) {
    const m = marked.has(option) ? 1 : 0;
    const r = randomScalar();
    const ct = { a: mulSecret(G, r), b: mulSecret(y, r).add(m ? G : Point.ZERO) };
    const encoded = encodeCiphertext(ct);
    ciphertexts.push(encoded);
    cts.push(ct);
    proofs.push(
      proveMembership(
        ballotContext(frame, `option ${option}`),
        y,
        { cts: [ct], hex: [encoded.a, encoded.b] },
        m,
        r,
        [0, 1],
      ),
    );
    totalR += r;
  }
  const countProof = proveMembership(
    ballotContext(frame, "count"),
    y,
    { cts, hex: ciphertextHex(ciphertexts) },
    marked.size,
    totalR,
    countRange(frame.maxChoices),
  );
  return { ciphertexts, proofs, countProof };
}

/**
 * Seals one throwaway ballot under `frame` and forgets it: a page runs it while the delegate reads
 * the question, so that the sealing at "cast" runs compiled code with the group's tables built
 * (cold, a first sealing took 150–400 ms in Node; warm, about 20). Nothing of it is kept or sent.
 */
export function warmSealing(frame: BallotFrame): void {
  sealBallot(frame, [0]);
}

const ciphertextHex = (cts: readonly EncodedCiphertext[]) => cts.flatMap(({ a, b }) => [a, b]);
const optionFault = (option: number) => `the proof that option ${option + 1} holds 0 or 1 does not verify`;
const countFault = "the proof of the number of choices does not verify";

/** A proof whose cheap checks held: its verification equations, and what to say if they do not hold. */
type Claim = { fault: string; equations: Equation[] };

/**
 * Everything about a ballot but the equations of its committed proofs: its shape, its
 * ciphertexts, each committed proof's challenges and commitments (or a compact ballot's every
 * proof, alone). A fault, or the claims left to check (none for a compact ballot that holds).
 */
function prepare(frame: BallotFrame, y: Point, ballot: SealedBallot): string | Claim[] {
  if (ballot.ciphertexts.length !== frame.optionCount || ballot.proofs.length !== frame.optionCount)
    return "the ballot does not have one ciphertext and one proof per option";
  const proofs = [...ballot.proofs, ballot.countProof];
  const committed = proofs.filter((proof) => proof.t !== undefined).length;
  if (committed !== 0 && committed !== proofs.length) return "the ballot's proofs are not all of one form";
  // The transcripts hash the ciphertexts' hex as received: it must be the one canonical encoding.
  const hex = ciphertextHex(ballot.ciphertexts);
  const cts: Ciphertext[] = [];
  try {
    if (!hex.every((part) => /^[0-9a-f]{64}$/.test(part))) throw new Error("not lowercase hex");
    for (const ct of ballot.ciphertexts) cts.push(decodeCiphertext(ct));
  } catch {
    return "a ciphertext is not a valid group element";
  }
  if (committed === 0) return compactFault(frame, y, ballot, cts, hex) ?? [];
  const claims: Claim[] = [];
  for (const [option, ct] of cts.entries()) {
    const proof = ballot.proofs[option];
    const statement = { cts: [ct], hex: hex.slice(2 * option, 2 * option + 2) };
    const equations = proof && committedEquations(ballotContext(frame, `option ${option}`), statement, [0, 1], proof);
    if (!equations) return optionFault(option);
    claims.push({ fault: optionFault(option), equations });
  }
  const range = countRange(frame.maxChoices);
  const equations = committedEquations(ballotContext(frame, "count"), { cts, hex }, range, ballot.countProof);
  if (!equations) return countFault;
  claims.push({ fault: countFault, equations });
  return claims;
}

/** A ballot sealed before proofs carried their commitments: each proof checked alone, as then. */
function compactFault(
  frame: BallotFrame,
  y: Point,
  ballot: SealedBallot,
  cts: readonly Ciphertext[],
  hex: readonly string[],
): string | null {
  for (const [option, ct] of cts.entries()) {
    const proof = ballot.proofs[option];
    const own = hex.slice(2 * option, 2 * option + 2);
    if (!proof || !verifyCompactMembership(ballotContext(frame, `option ${option}`), y, ct, own, [0, 1], proof))
      return optionFault(option);
  }
  const total = cts.reduce(addCiphertexts, { a: Point.ZERO, b: Point.ZERO });
  const totalHex = [encodePoint(total.a), encodePoint(total.b)];
  const range = countRange(frame.maxChoices);
  if (!verifyCompactMembership(ballotContext(frame, "count"), y, total, totalHex, range, ballot.countProof))
    return countFault;
  return null;
}

/**
 * Why each ballot is refused, or null when every proof holds for this poll and key: one verdict
 * per ballot, in order. The equations of every committed proof of every ballot are checked at once
 * (`equationsHold`, one multi-scalar multiplication); when that fails, each ballot alone, then each
 * proof of a failing ballot alone, so that the refusal names the proof that fails and a bad ballot
 * never refuses a good one. Compact (older) ballots are checked each alone.
 */
export function ballotFaults(frame: BallotFrame, ballots: readonly SealedBallot[]): (string | null)[] {
  let y: Point;
  try {
    y = decodeKey(frame.publicKey);
  } catch {
    return ballots.map(() => "the poll's public key is not a valid group element");
  }
  const faults: (string | null)[] = ballots.map(() => null);
  const pending: { index: number; claims: Claim[] }[] = [];
  for (const [index, ballot] of ballots.entries()) {
    let prepared: string | Claim[];
    try {
      prepared = prepare(frame, y, ballot);
    } catch {
      prepared = "the ballot could not be checked";
    }
    if (typeof prepared === "string") faults[index] = prepared;
    else if (prepared.length > 0) pending.push({ index, claims: prepared });
  }
  const equationsOf = (claims: readonly Claim[]) => claims.flatMap((claim) => claim.equations);
  if (
    equationsHold(
      y,
      pending.flatMap(({ claims }) => equationsOf(claims)),
    )
  )
    return faults;
  for (const { index, claims } of pending) {
    if (pending.length > 1 && equationsHold(y, equationsOf(claims))) continue;
    faults[index] =
      claims.find((claim) => !equationsHold(y, claim.equations))?.fault ?? "the ballot's proofs do not verify";
  }
  return faults;
}

/**
 * Seals a few ballots under `frame`, checks them and forgets them: the checker's code is compiled
 * and the poll key's table built before a storm, not during it. The large batch (the few ballots
 * repeated) is what warms the multi-scalar multiplication of a storm's batches: after a rehearsal
 * of small batches only, the first batches of 96 still cost 4.6 ms a ballot, against 3.3 warm.
 * Nothing of it is kept or sent anywhere.
 */
export function rehearseChecks(frame: BallotFrame): void {
  const ballots = Array.from({ length: 8 }, (_, i) => sealBallot(frame, [i % frame.optionCount]));
  const storm = Array.from({ length: 16 }, () => ballots).flat();
  for (let round = 0; round < 2; round++) {
    ballotFaults(frame, ballots);
    ballotFaults(frame, storm);
  }
}

/** Why a ballot is refused, or null when every proof holds for this poll and key. */
export const ballotFault = (frame: BallotFrame, ballot: SealedBallot): string | null =>
  ballotFaults(frame, [ballot])[0] ?? null;

/** A proof's canonical form: c, s, then t when it carries its commitments. */
const canonicalProof = ({ c, s, t }: MembershipProof) => (t === undefined ? { c, s } : { c, s, t });

/** A ballot with its keys in the canonical order (that of the schema). */
export const orderedBallot = (ballot: SealedBallot): SealedBallot => ({
  ciphertexts: ballot.ciphertexts.map(({ a, b }) => ({ a, b })),
  proofs: ballot.proofs.map(canonicalProof),
  countProof: canonicalProof(ballot.countProof),
});

/** A canonical serialisation of a ballot: fixed key order, lowercase hex. */
export const canonicalBallot = (ballot: SealedBallot): string => JSON.stringify(orderedBallot(ballot));

/** A ballot's tracker: SHA-256 of its canonical serialisation, hex. Random, since the ciphertexts are. */
export const trackerOf = (ballot: SealedBallot): string => bytesToHex(sha256(utf8ToBytes(canonicalBallot(ballot))));
