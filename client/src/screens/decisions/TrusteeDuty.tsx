import type { Poll } from "@trilogue/shared";
import { useTrustee } from "./use-trustee";

/** Publishes this browser's key share, then its decryption share, for one secret poll. */
export function TrusteeDuty({ poll }: { poll: Poll }) {
  useTrustee(poll);
  return null;
}
