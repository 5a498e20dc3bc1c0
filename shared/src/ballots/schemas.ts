import { z } from "zod";
import { limits } from "../domain/limits.js";

/** 32 bytes as 64 lowercase hex digits: an encoded point or scalar. */
export const hex32Schema = z.string().regex(/^[0-9a-f]{64}$/, "expected 64 lowercase hex digits");

export const ciphertextSchema = z.strictObject({ a: hex32Schema, b: hex32Schema });
export type EncodedCiphertext = z.infer<typeof ciphertextSchema>;

/** A Fiat-Shamir proof: challenges and responses, one per branch. */
export const proofSchema = z.strictObject({
  c: z.array(hex32Schema).min(1).max(limits.pollOptions),
  s: z.array(hex32Schema).min(1).max(limits.pollOptions),
});

/**
 * A ballot's membership proof: compact ({c, s}, ballots sealed before batch verification), or
 * carrying its commitments t (A₀, B₀, A₁, B₁, …: two per branch), which lets a verifier check
 * many ballots in one multi-scalar multiplication.
 */
export const membershipProofSchema = z.strictObject({
  c: z.array(hex32Schema).min(1).max(limits.pollOptions),
  s: z.array(hex32Schema).min(1).max(limits.pollOptions),
  t: z
    .array(hex32Schema)
    .min(2)
    .max(2 * limits.pollOptions)
    .optional(),
});

/**
 * A sealed (encrypted) ballot: one ciphertext per option, each with its proof that it holds 0 or
 * 1, and a proof that their sum lies between 1 and the poll's number of choices.
 */
export const sealedBallotSchema = z.strictObject({
  ciphertexts: z.array(ciphertextSchema).min(2).max(limits.pollOptions),
  proofs: z.array(membershipProofSchema).min(2).max(limits.pollOptions),
  countProof: membershipProofSchema,
});
export type SealedBallot = z.infer<typeof sealedBallotSchema>;

/** A trustee's public share of the poll's key, with its proof of knowledge. */
export const trusteeShareSchema = z.strictObject({ publicShare: hex32Schema, proof: proofSchema });
export type TrusteeShare = z.infer<typeof trusteeShareSchema>;

/** A partial decryption of one aggregate ciphertext: D = x·a, with its Chaum-Pedersen proof. */
export const partialSchema = z.strictObject({ d: hex32Schema, proof: proofSchema });
export type EncodedPartial = z.infer<typeof partialSchema>;

/** A trustee's partial decryptions of every aggregate, scope by scope, option by option. */
export const partialsSchema = z
  .array(z.strictObject({ scope: z.string().max(20), options: z.array(partialSchema).max(limits.pollOptions) }))
  .max(8);
export type TrusteePartials = z.infer<typeof partialsSchema>;
