import { pippenger } from "@noble/curves/abstract/curve.js";
import { ristretto255 } from "@noble/curves/ed25519.js";
import { sha512 } from "@noble/hashes/sha2.js";
import { bytesToHex, concatBytes, hexToBytes, randomBytes, utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * The group: ristretto255 (RFC 9496), all arithmetic by @noble/curves. Points travel as the
 * 64 lowercase hex digits of their canonical 32-byte encoding; scalars as 64 hex digits, big-endian,
 * reduced modulo the group order.
 */
export const Point = ristretto255.Point;
export type Point = InstanceType<typeof ristretto255.Point>;
export const G = Point.BASE;
/** The prime order of the group. */
export const order = Point.Fn.ORDER;

export const mod = (x: bigint) => Point.Fn.create(x);

/** A point times a public scalar (0 allowed). Not constant-time: never with a secret. */
export const mulPublic = (p: Point, k: bigint): Point => (k === 0n ? Point.ZERO : p.multiplyUnsafe(mod(k)));
/** A point times a secret scalar, constant-time. */
export const mulSecret = (p: Point, k: bigint): Point => (mod(k) === 0n ? Point.ZERO : p.multiply(mod(k)));

/** Scalars below 2^128: a batch's random weights. */
const shortScalarBits = 128;
const shortScalarBound = 1n << BigInt(shortScalarBits);

/**
 * The group as noble's Pippenger sees it when every scalar is below 2^128: the same points and
 * arithmetic, with a scalar field of 128 bits, so that the multi-scalar multiplication walks half
 * the windows of a full scalar (it walks all of `Fn.BITS`, whatever the scalars).
 */
class ShortScalarGroup extends Point {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Point;
  }
}
Object.defineProperty(ShortScalarGroup, "Fn", {
  value: Object.create(Point.Fn, {
    BITS: { value: shortScalarBits },
    isValid: { value: (k: bigint) => k >= 0n && k < shortScalarBound },
  }),
});

/**
 * Σ kᵢ·Pᵢ for public scalars (reduced), by noble's Pippenger: the terms whose scalar is below
 * 2^128 in a multiplication of their own over half the windows, the others over all of them.
 */
export function multiScalarPublic(points: readonly Point[], scalars: readonly bigint[]): Point {
  const short: [Point[], bigint[]] = [[], []];
  const full: [Point[], bigint[]] = [[], []];
  points.forEach((point, i) => {
    const k = scalars[i] ?? 0n;
    const [into, ks] = k < shortScalarBound ? short : full;
    into.push(point);
    ks.push(k);
  });
  return pippenger(ShortScalarGroup, ...short).add(pippenger(Point, ...full));
}

export const encodePoint = (p: Point): string => bytesToHex(p.toBytes());
/** Decodes a canonical point; throws on anything else (RFC 9496 decoding). */
export const decodePoint = (hex: string): Point => Point.fromBytes(hexToBytes(hex));

const decoded = new Map<string, Point>();
const decodedKept = 16_384;
/**
 * `decodePoint`, remembered (the last 16,384 points): a ballot's ciphertexts are decoded when its
 * proofs are checked, and again when the ballots are summed at the close, in the same verifier.
 */
export function decodeRememberedPoint(hex: string): Point {
  const known = decoded.get(hex);
  if (known) return known;
  const point = decodePoint(hex);
  if (decoded.size >= decodedKept) decoded.delete(decoded.keys().next().value ?? "");
  decoded.set(hex, point);
  return point;
}

export const encodeScalar = (k: bigint): string => mod(k).toString(16).padStart(64, "0");
/** Decodes a scalar, which must be canonical (below the order). */
export function decodeScalar(hex: string): bigint {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error("a scalar is 64 lowercase hex digits");
  const k = BigInt(`0x${hex}`);
  if (k >= order) throw new Error("a scalar is below the group order");
  return k;
}

const bytesToBigint = (bytes: Uint8Array) => BigInt(`0x${bytesToHex(bytes) || "0"}`);

/** A uniformly random scalar (64 random bytes reduced: negligible bias), from the platform's CSPRNG. */
export function randomScalar(): bigint {
  return mod(bytesToBigint(randomBytes(64)));
}

/**
 * The Fiat-Shamir challenge: SHA-512 over the domain tag and each part, every part prefixed by its
 * byte length (4 bytes, big-endian), reduced modulo the order. Parts are strings (UTF-8).
 */
export function challenge(tag: string, parts: readonly string[]): bigint {
  const chunks: Uint8Array[] = [];
  for (const part of [tag, ...parts]) {
    const bytes = utf8ToBytes(part);
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, bytes.length);
    chunks.push(length, bytes);
  }
  return mod(bytesToBigint(sha512(concatBytes(...chunks))));
}

/** SHA-512 of a UTF-8 string, as hex. */
export const sha512Hex = (text: string): string => bytesToHex(sha512(utf8ToBytes(text)));

const keyCache = new Map<string, Point>();
/**
 * A public key decoded once with its multiplication table precomputed: a ballot multiplies it
 * once per option and branch, and the server checks many ballots under the same key.
 */
export function decodeKey(hex: string): Point {
  const cached = keyCache.get(hex);
  if (cached) return cached;
  const key = decodePoint(hex);
  key.precompute(8, false);
  if (keyCache.size >= 16) keyCache.delete(keyCache.keys().next().value ?? "");
  keyCache.set(hex, key);
  return key;
}
