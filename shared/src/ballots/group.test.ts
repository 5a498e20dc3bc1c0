import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { G, mod, mulPublic, multiScalarPublic, order, Point, randomScalar } from "./group.js";

/** Σ kᵢ·Pᵢ one multiplication at a time: what the multi-scalar multiplication must equal. */
const naive = (points: readonly Point[], scalars: readonly bigint[]) =>
  points.reduce((sum, point, i) => sum.add(mulPublic(point, scalars[i] ?? 0n)), Point.ZERO);

const edge = [0n, 1n, (1n << 128n) - 1n, 1n << 128n, order - 1n];
const scalarArb = fc.oneof(
  fc.constantFrom(...edge),
  fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
  fc.bigInt({ min: 0n, max: order - 1n }),
);

describe("the multi-scalar multiplication", { timeout: 60_000 }, () => {
  it("equals the sum of single multiplications, short and full scalars mixed (property)", () => {
    const points = Array.from({ length: 12 }, () => mulPublic(G, randomScalar()));
    fc.assert(
      fc.property(fc.array(scalarArb, { minLength: 0, maxLength: 12 }), (scalars) => {
        const used = points.slice(0, scalars.length);
        expect(multiScalarPublic(used, scalars).equals(naive(used, scalars))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("is not fooled by a point that appears with a short and a full scalar", () => {
    const P = mulPublic(G, randomScalar());
    const w = (1n << 127n) + 5n;
    // w·P + (q − w)·P = 0; off by one in either half, it is not.
    expect(multiScalarPublic([P, P], [w, mod(-w)]).is0()).toBe(true);
    expect(multiScalarPublic([P, P], [w + 1n, mod(-w)]).is0()).toBe(false);
    expect(multiScalarPublic([P, P], [w, mod(-w) - 1n]).is0()).toBe(false);
  });
});
