import type { Delegation } from "../domain/entities.js";
import type { Constituency } from "../domain/enums.js";

/** Stable fake uuids for tests: n → 00000000-0000-4000-8000-<n padded>. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;

/** A delegation for tests, in the constituencies given. */
export function buildDelegation(n: number, constituencies: Constituency[]): Delegation {
  return { id: uuid(n), name: `Delegation ${n}`, countryCode: null, constituencies };
}
