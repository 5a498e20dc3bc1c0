import type { Board, Poll, SealedBallot, TrusteeKey } from "@trilogue/shared";
import { useSessionStore } from "../../stores/session-store";

/**
 * The sealing crypto (ristretto255, its proofs): a chunk of its own, loaded only when a secret
 * ballot is sealed or the chair's trustee work runs, never with the delegate view's first load.
 */
const ballotCrypto = () => import("@trilogue/shared/ballots");

/**
 * What a browser keeps of secret polls, always under the participant's own key: a delegate's
 * tracker (never its choices), cleared at sign-out; the chair's trustee key shares, which must
 * survive a reload (and sign-out) until the poll is tallied.
 */
const trackerKey = (participantId: string, pollId: string) => `trilogue.tracker.${participantId}.${pollId}`;
const trusteeKey = (participantId: string, pollId: string) => `trilogue.trustee.${participantId}.${pollId}`;

/** Seals a ballot for a secret poll in this browser; returns it with its tracker. */
export async function sealFor(
  poll: Poll,
  choices: number[],
): Promise<{ sealed: SealedBallot; tracker: string } | null> {
  const publicKey = poll.sealing?.publicKey;
  if (!publicKey) return null;
  const { sealBallot, trackerOf } = await ballotCrypto();
  const sealed = sealBallot(
    { pollId: poll.id, publicKey, optionCount: poll.options.length, maxChoices: poll.maxChoices },
    choices,
  );
  return { sealed, tracker: trackerOf(sealed) };
}

export function keepTracker(participantId: string, pollId: string, tracker: string): void {
  localStorage.setItem(trackerKey(participantId, pollId), tracker);
}

export function keptTracker(participantId: string, pollId: string): string | null {
  return localStorage.getItem(trackerKey(participantId, pollId));
}

/** Forgets a participant's trackers, and any secret ballot an older version kept. */
export function forgetTrackers(participantId: string): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(`trilogue.tracker.${participantId}.`)) localStorage.removeItem(key);
    if (key?.startsWith("trilogue.ballot.") && localStorage.getItem(key)?.includes('"nonce"'))
      localStorage.removeItem(key);
  }
}

// Sign-out leaves no trace of the delegation's secret ballots on the device.
useSessionStore.subscribe((state, previous) => {
  if (previous.me && !state.me) forgetTrackers(previous.me.participantId);
});

/** The chair's key share of a poll, made and kept on first use. */
export async function chairKey(participantId: string, pollId: string): Promise<{ key: TrusteeKey; fresh: boolean }> {
  const stored = localStorage.getItem(trusteeKey(participantId, pollId));
  if (stored) return { key: JSON.parse(stored) as TrusteeKey, fresh: false };
  const { makeTrusteeKey } = await ballotCrypto();
  const key = makeTrusteeKey(pollId, "chair");
  localStorage.setItem(trusteeKey(participantId, pollId), JSON.stringify(key));
  return { key, fresh: true };
}

export function storedChairKey(participantId: string, pollId: string): TrusteeKey | null {
  const stored = localStorage.getItem(trusteeKey(participantId, pollId));
  return stored ? (JSON.parse(stored) as TrusteeKey) : null;
}

/** What a backup file of the chair's key share holds. */
export type ChairKeyBackup = { format: "trilogue-trustee-key-v1"; pollId: string; trusteeId: "chair"; key: TrusteeKey };

/** The chair's key share of a poll as a backup file's text, or null when this browser has none. */
export function chairKeyBackup(participantId: string, pollId: string): string | null {
  const key = storedChairKey(participantId, pollId);
  if (!key) return null;
  const backup: ChairKeyBackup = { format: "trilogue-trustee-key-v1", pollId, trusteeId: "chair", key };
  return JSON.stringify(backup, null, 2);
}

/** Listeners told when a key share is restored into this browser. */
const restoredListeners = new Set<() => void>();
export function onChairKeyRestored(listener: () => void): () => void {
  restoredListeners.add(listener);
  return () => restoredListeners.delete(listener);
}

/**
 * Restores the chair's key share of a poll from a backup file's text. The file must be for this
 * poll and hold the very share the board published for the chair (checked against the board, and
 * the secret against the share); otherwise it is refused and nothing is kept.
 */
export async function restoreChairKey(
  participantId: string,
  consultationId: string,
  pollId: string,
  text: string,
): Promise<"restored" | "wrong-file"> {
  let backup: ChairKeyBackup;
  try {
    backup = JSON.parse(text) as ChairKeyBackup;
  } catch {
    return "wrong-file";
  }
  if (backup?.format !== "trilogue-trustee-key-v1" || backup.pollId !== pollId || !backup.key?.share)
    return "wrong-file";
  const board = await fetchBoard(consultationId, pollId);
  const published = board.trustees.find((t) => t.id === "chair")?.publicShare;
  if (!published || published !== backup.key.share.publicShare) return "wrong-file";
  // Once the poll is closed, the secret must decrypt the aggregates with proofs the board accepts.
  const { decryptShare, partialsFault } = await ballotCrypto();
  const aggregates = board.aggregates ?? [];
  if (aggregates.length > 0) {
    const partials = decryptShare(pollId, "chair", backup.key.secret, aggregates);
    if (partialsFault(pollId, "chair", published, aggregates, partials)) return "wrong-file";
  }
  localStorage.setItem(trusteeKey(participantId, pollId), JSON.stringify(backup.key));
  for (const listener of restoredListeners) listener();
  return "restored";
}

/** A secret poll's bulletin board, read as this participant. */
export async function fetchBoard(consultationId: string, pollId: string): Promise<Board> {
  const response = await fetch(`/api/consultations/${consultationId}/polls/${pollId}/board`, {
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`board: ${response.status}`);
  return (await response.json()) as Board;
}

/** The chair's partial decryptions of a closed poll's aggregates. */
export async function chairPartials(pollId: string, key: TrusteeKey, board: Board) {
  const { decryptShare } = await ballotCrypto();
  return decryptShare(pollId, "chair", key.secret, board.aggregates ?? []);
}
