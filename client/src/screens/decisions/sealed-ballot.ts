import type { BallotFrame, Board, Poll, SealedBallot, TrusteeKey } from "@trilogue/shared";
import { useSessionStore } from "../../stores/session-store";

/**
 * The sealing crypto (ristretto255, its proofs): a chunk of its own, loaded only when a secret
 * ballot is sealed or the chair's trustee work runs, never with the delegate view's first load.
 */
const ballotCrypto = () => import("@trilogue/shared/ballots");

/**
 * What a browser keeps of secret polls, always under the participant's own key: a delegate's
 * tracker (never its choices), cleared at sign-out; trustee key shares, which must survive a
 * reload until the poll is tallied: the chair's survive sign-out too, a trustee delegation's are
 * cleared with its trackers (the next delegation on the device must not hold them).
 */
const trackerKey = (participantId: string, pollId: string) => `trilogue.tracker.${participantId}.${pollId}`;
const trusteeKey = (participantId: string, pollId: string) => `trilogue.trustee.${participantId}.${pollId}`;

/** What a ballot of this poll is sealed under, once its key is published. */
function frameOf(poll: Poll): BallotFrame | null {
  const publicKey = poll.sealing?.publicKey;
  if (!publicKey) return null;
  return { pollId: poll.id, publicKey, optionCount: poll.options.length, maxChoices: poll.maxChoices };
}

/** Seals a ballot for a secret poll in this browser; returns it with its tracker. */
export async function sealFor(
  poll: Poll,
  choices: number[],
): Promise<{ sealed: SealedBallot; tracker: string } | null> {
  const frame = frameOf(poll);
  if (!frame) return null;
  const { sealBallot, trackerOf } = await ballotCrypto();
  const sealed = sealBallot(frame, choices);
  return { sealed, tracker: trackerOf(sealed) };
}

const warmed = new Set<string>();

/**
 * Loads the sealing code and seals one throwaway ballot when the browser is idle, while the
 * delegate reads the question: the sealing at "cast" is then the warm one (about 20 ms, not the
 * cold first one's hundreds). Once per poll and page; nothing is kept or sent.
 */
export function prepareSealing(poll: Poll): void {
  const frame = frameOf(poll);
  if (!frame || warmed.has(poll.id)) return;
  warmed.add(poll.id);
  const whenIdle = (run: () => void) =>
    "requestIdleCallback" in window ? window.requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200);
  void ballotCrypto().then(({ warmSealing }) => whenIdle(() => warmSealing(frame)));
}

export function keepTracker(participantId: string, pollId: string, tracker: string): void {
  localStorage.setItem(trackerKey(participantId, pollId), tracker);
}

export function keptTracker(participantId: string, pollId: string): string | null {
  return localStorage.getItem(trackerKey(participantId, pollId));
}

/**
 * Forgets a participant's trackers (and, for a delegate, its delegation's trustee key shares), and
 * any secret ballot an older version kept.
 */
export function forgetTrackers(participantId: string, role?: string): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(`trilogue.tracker.${participantId}.`)) localStorage.removeItem(key);
    if (role !== "chair" && key?.startsWith(`trilogue.trustee.${participantId}.`)) localStorage.removeItem(key);
    if (key?.startsWith("trilogue.ballot.") && localStorage.getItem(key)?.includes('"nonce"'))
      localStorage.removeItem(key);
  }
}

// Sign-out leaves no trace of the delegation's secret ballots on the device.
useSessionStore.subscribe((state, previous) => {
  if (previous.me && !state.me) forgetTrackers(previous.me.participantId, previous.me.role);
});

/** A trustee's key share of a poll (the chair's, or a named delegation's), made and kept on first use. */
export async function trusteeKeyOf(participantId: string, pollId: string, trusteeId: string): Promise<TrusteeKey> {
  const stored = storedTrusteeKey(participantId, pollId);
  if (stored) return stored;
  const { makeTrusteeKey } = await ballotCrypto();
  const key = makeTrusteeKey(pollId, trusteeId);
  localStorage.setItem(trusteeKey(participantId, pollId), JSON.stringify(key));
  return key;
}

export function storedTrusteeKey(participantId: string, pollId: string): TrusteeKey | null {
  const stored = localStorage.getItem(trusteeKey(participantId, pollId));
  return stored ? (JSON.parse(stored) as TrusteeKey) : null;
}

/** What a backup file of a trustee's key share holds. */
export type TrusteeKeyBackup = {
  format: "trilogue-trustee-key-v1";
  pollId: string;
  trusteeId: string;
  key: TrusteeKey;
};

/** A trustee's key share of a poll as a backup file's text, or null when this browser has none. */
export function trusteeKeyBackup(participantId: string, pollId: string, trusteeId: string): string | null {
  const key = storedTrusteeKey(participantId, pollId);
  if (!key) return null;
  const backup: TrusteeKeyBackup = { format: "trilogue-trustee-key-v1", pollId, trusteeId, key };
  return JSON.stringify(backup, null, 2);
}

/** Listeners told when a key share is restored into this browser. */
const restoredListeners = new Set<() => void>();
export function onTrusteeKeyRestored(listener: () => void): () => void {
  restoredListeners.add(listener);
  return () => restoredListeners.delete(listener);
}

/**
 * Restores a trustee's key share of a poll from a backup file's text. The file must be for this
 * poll and this trustee and hold the very share the board published for it (checked against the
 * board, and the secret against the share); otherwise it is refused and nothing is kept.
 */
export async function restoreTrusteeKey(
  participantId: string,
  consultationId: string,
  pollId: string,
  trusteeId: string,
  text: string,
): Promise<"restored" | "wrong-file"> {
  let backup: TrusteeKeyBackup;
  try {
    backup = JSON.parse(text) as TrusteeKeyBackup;
  } catch {
    return "wrong-file";
  }
  if (
    backup?.format !== "trilogue-trustee-key-v1" ||
    backup.pollId !== pollId ||
    backup.trusteeId !== trusteeId ||
    !backup.key?.share
  )
    return "wrong-file";
  const board = await fetchBoardHead(consultationId, pollId);
  const published = board.trustees.find((t) => t.id === trusteeId)?.publicShare;
  if (!published || published !== backup.key.share.publicShare) return "wrong-file";
  // Once the poll is closed, the secret must decrypt the aggregates with proofs the board accepts.
  const { decryptShare, partialsFault } = await ballotCrypto();
  const aggregates = board.aggregates ?? [];
  if (aggregates.length > 0) {
    const partials = decryptShare(pollId, trusteeId, backup.key.secret, aggregates);
    if (partialsFault(pollId, trusteeId, published, aggregates, partials)) return "wrong-file";
  }
  localStorage.setItem(trusteeKey(participantId, pollId), JSON.stringify(backup.key));
  for (const listener of restoredListeners) listener();
  return "restored";
}

/**
 * A secret poll's board without its ballots (a part from "head": the trustees, the aggregates, the
 * partial decryptions): what a trustee needs to decrypt, a few kilobytes instead of the board.
 */
export async function fetchBoardHead(consultationId: string, pollId: string): Promise<Board> {
  const response = await fetch(`/api/consultations/${consultationId}/polls/${pollId}/board?since=head`, {
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`board: ${response.status}`);
  const { boardPartSchema, boardSchema } = await ballotCrypto();
  return boardSchema.parse(boardPartSchema.parse(await response.json()).board);
}

/** A secret poll's bulletin board, read as this participant. */
export async function fetchBoard(consultationId: string, pollId: string): Promise<Board> {
  const response = await fetch(`/api/consultations/${consultationId}/polls/${pollId}/board`, {
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`board: ${response.status}`);
  return (await response.json()) as Board;
}

/** A trustee's partial decryptions of a closed poll's aggregates. */
export async function trusteePartials(pollId: string, trusteeId: string, key: TrusteeKey, board: Board) {
  const { decryptShare } = await ballotCrypto();
  return decryptShare(pollId, trusteeId, key.secret, board.aggregates ?? []);
}
