import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { z } from "zod";
import { votingConstituencySchema } from "../decisions/enums.js";
import { limits } from "../domain/limits.js";
import { type BallotFrame, ballotFaults, frameKey, orderedBallot, trackerOf } from "./ballot.js";
import { disclosureOf, scopesDisclosed, type TallyScope } from "./disclosure.js";
import { ciphertextSchema, hex32Schema, partialsSchema, proofSchema, sealedBallotSchema } from "./schemas.js";
import { aggregate, combineCounts, combinePublicKey, partialsFault, verifyTrusteeShare } from "./tally.js";

const scopeSchema = z.union([z.literal("all"), votingConstituencySchema]);

/** A secret poll's bulletin board: everything needed to recompute its result offline. */
export const boardSchema = z.object({
  version: z.literal("trilogue-board-v1"),
  pollId: z.string(),
  question: z.string(),
  options: z.array(z.string()).min(2).max(limits.pollOptions),
  maxChoices: z.number().int().min(1).max(limits.pollOptions),
  /** The secrecy floor the breakdown was decided with. */
  floor: z.number().int().min(1),
  trustees: z.array(
    z.object({ id: z.string(), name: z.string(), publicShare: hex32Schema.nullable(), proof: proofSchema.nullable() }),
  ),
  /** Null until every trustee has published its share. */
  publicKey: hex32Schema.nullable(),
  /** How many delegations the server counts as having voted. */
  turnout: z.number().int().min(0),
  /** Every counted ballot, sorted by tracker: no delegation, no time. */
  ballots: z.array(
    z.object({ tracker: hex32Schema, group: z.array(votingConstituencySchema), ballot: sealedBallotSchema }),
  ),
  /** Null while the poll is open. */
  aggregates: z.array(z.object({ scope: scopeSchema, ciphertexts: z.array(ciphertextSchema) })).nullable(),
  partials: z.array(z.object({ trusteeId: z.string(), partials: partialsSchema })),
  /** Null until every trustee has decrypted. */
  result: z.array(z.object({ scope: scopeSchema, counts: z.array(z.number().int().min(0)) })).nullable(),
});
export type Board = z.infer<typeof boardSchema>;

/** SHA-256 of the board's JSON as served, hex: what the summary cites. */
export const boardHash = (json: string): string => bytesToHex(sha256(utf8ToBytes(json)));

/**
 * The board's JSON as served: keys in the schema's order (whatever order storage gave them), no
 * spaces. The server hashes exactly these bytes and serves exactly these bytes. Everything but the
 * ballots goes through the schema; the ballots (validated when cast, and the bulk of a board:
 * tens of thousands of hex strings for hundreds of ballots) are put in order key by key, without
 * a second validation on the server's event loop. `JSON.stringify(boardSchema.parse(board))` gives
 * the same bytes for any valid board (ballots.test.ts).
 */
export function boardJson(board: Board): string {
  const rest = boardSchema.parse({ ...board, ballots: [] });
  return JSON.stringify({
    ...rest,
    ballots: board.ballots.map(({ tracker, group, ballot }) => ({ tracker, group, ballot: orderedBallot(ballot) })),
  });
}

/** What failed, as a code and its values, for a reader's language (the browser translates it). */
export type BoardFailure = {
  code:
    | "malformed"
    | "shareMissing"
    | "keyProof"
    | "noKey"
    | "publicKey"
    | "tracker"
    | "order"
    | "ballot"
    | "turnout"
    | "scopes"
    | "aggregate"
    | "resultWithoutShare"
    | "partial"
    | "decrypt"
    | "result";
  values: Record<string, string | number>;
};

export type BoardVerdict =
  | { ok: true; complete: boolean; result: { scope: TallyScope; counts: number[] }[] | null }
  | { ok: false; failure: string; reason: BoardFailure };

/** One ballot of a board: its tracker, its delegation's voting constituencies and the sealed ballot. */
export type BoardEntry = Board["ballots"][number];
/** A board entry as the schema reads it, alone (a board followed in parts checks its entries as they come). */
export const boardEntrySchema = boardSchema.shape.ballots.element;

/**
 * Ballots whose proofs this verifier has already checked (a browser checks each ballot as it
 * arrives while the poll is open): trackers, under the frame they were checked in. A tracker is
 * the hash of the ballot's every byte, and each board entry's tracker is still recomputed, unless
 * the entry is the very object in `checked`: one this verifier read with the schema and whose
 * tracker it recomputed itself, then kept unchanged (`BoardFollower`, board-follow.ts).
 */
export type ProvenBallots = { frame: string; trackers: ReadonlySet<string>; checked?: WeakSet<object> };

/**
 * The board read with its schema. Entries already read and checked by this verifier (`checked`:
 * the very objects) are kept as they are, the rest of the board read with the schema: a board
 * followed while open is not read again whole at the close.
 */
function parseBoard(input: unknown, checked: WeakSet<object> | undefined) {
  const object = withBallots.safeParse(input);
  if (!checked || !object.success) return boardSchema.safeParse(input);
  const entries = object.data.ballots;
  const isChecked = (entry: unknown): entry is BoardEntry =>
    typeof entry === "object" && entry !== null && checked.has(entry);
  if (!entries.every(isChecked)) return boardSchema.safeParse(input);
  const parsed = boardSchema.safeParse({ ...object.data, ballots: [] });
  return parsed.success ? { ...parsed, data: { ...parsed.data, ballots: entries } } : parsed;
}

/** Any object with a list of ballots, whatever they hold. */
const withBallots = z.object({ ballots: z.array(z.unknown()) }).loose();

/** The trackers a board names, in its order, whether or not it verifies (for the page to find its own). */
export function namedTrackers(board: unknown): string[] {
  const read = z.object({ ballots: z.array(z.object({ tracker: z.unknown() }).loose()) }).safeParse(board);
  return read.success ? read.data.ballots.map((entry) => String(entry.tracker)) : [];
}

/** The frame a board's ballots are proved in, once its key is known. */
export const boardFrame = (
  board: Pick<Board, "pollId" | "publicKey" | "options" | "maxChoices">,
): BallotFrame | null =>
  board.publicKey
    ? {
        pollId: board.pollId,
        publicKey: board.publicKey,
        optionCount: board.options.length,
        maxChoices: board.maxChoices,
      }
    : null;

/**
 * Recomputes a board: every trustee's key proof and the public key, every ballot's tracker and
 * proofs, the order, the disclosed scopes, every aggregate, every partial decryption and the
 * result. The first failure is named. `complete` says whether a result is there to check. A
 * ballot in `proven` (checked earlier by this verifier, under this very frame) has its tracker
 * checked and its proofs taken as checked; the proofs of the others are checked in one batch.
 */
export function verifyBoard(input: unknown, proven?: ProvenBallots): BoardVerdict {
  const parsed = parseBoard(input, proven?.checked);
  if (!parsed.success)
    return {
      ok: false,
      failure: `the board is malformed: ${parsed.error.issues[0]?.message ?? ""}`,
      reason: { code: "malformed", values: {} },
    };
  const board = parsed.data;
  const fail = (failure: string, code: BoardFailure["code"], values: BoardFailure["values"] = {}): BoardVerdict => ({
    ok: false,
    failure,
    reason: { code, values },
  });
  for (const trustee of board.trustees) {
    if (!trustee.publicShare || !trustee.proof) {
      if (board.publicKey)
        return fail(`trustee ${trustee.name} has no public share yet the key is set`, "shareMissing", {
          trustee: trustee.name,
        });
      continue;
    }
    if (!verifyTrusteeShare(board.pollId, trustee.id, { publicShare: trustee.publicShare, proof: trustee.proof }))
      return fail(`the key proof of trustee ${trustee.name} does not verify`, "keyProof", { trustee: trustee.name });
  }
  if (!board.publicKey) return board.ballots.length ? fail("ballots without a public key", "noKey") : incomplete();
  const shares = board.trustees.flatMap((t) => (t.publicShare ? [t.publicShare] : []));
  if (combinePublicKey(shares) !== board.publicKey)
    return fail("the public key is not the sum of the trustees' shares", "publicKey");
  const frame = {
    pollId: board.pollId,
    publicKey: board.publicKey,
    optionCount: board.options.length,
    maxChoices: board.maxChoices,
  };
  const ours = proven?.frame === frameKey(frame);
  const known = ours ? proven.trackers : new Set<string>();
  const checked = ours ? proven.checked : undefined;
  // Trackers and order first, up to the first failure; then the proofs of the ballots before it
  // not proved yet, all in one batch (`ballotFaults`). The first failure in board order is named.
  let stop: BoardVerdict | null = null;
  let checkedUpTo = board.ballots.length;
  let previous = "";
  for (const [index, entry] of board.ballots.entries()) {
    if (!checked?.has(entry) && trackerOf(entry.ballot) !== entry.tracker)
      stop = fail(`ballot ${entry.tracker}: the tracker does not match`, "tracker", { tracker: entry.tracker });
    else if (entry.tracker <= previous)
      stop = fail(`ballot ${entry.tracker}: ballots are not in tracker order`, "order", { tracker: entry.tracker });
    if (stop) {
      checkedUpTo = index;
      break;
    }
    previous = entry.tracker;
  }
  const unproven = board.ballots.slice(0, checkedUpTo).filter((entry) => !known.has(entry.tracker));
  const faults = ballotFaults(
    frame,
    unproven.map((entry) => entry.ballot),
  );
  for (const [index, fault] of faults.entries()) {
    const tracker = unproven[index]?.tracker ?? "";
    if (fault) return fail(`ballot ${tracker}: ${fault}`, "ballot", { tracker });
  }
  if (stop) return stop;
  if (board.ballots.length !== board.turnout)
    return fail(`the board holds ${board.ballots.length} ballots for a turnout of ${board.turnout}`, "turnout", {
      ballots: board.ballots.length,
      turnout: board.turnout,
    });
  if (!board.aggregates) return incomplete();
  const scopes = scopesDisclosed(
    disclosureOf(
      board.ballots.map((b) => b.group),
      board.floor,
    ),
  );
  if (board.aggregates.map((a) => a.scope).join() !== scopes.join())
    return fail(
      `the decrypted scopes (${board.aggregates.map((a) => a.scope).join()}) are not those the floor allows`,
      "scopes",
    );
  const expected = aggregate(board.options.length, board.ballots, scopes);
  for (const [index, mine] of expected.entries()) {
    if (JSON.stringify(mine) !== JSON.stringify(board.aggregates[index]))
      return fail(`the aggregate of scope ${mine.scope} is not the sum of the ballots on the board`, "aggregate", {
        scope: mine.scope,
      });
  }
  for (const trustee of board.trustees) {
    const published = board.partials.find((p) => p.trusteeId === trustee.id);
    if (!published) {
      if (board.result)
        return fail(`a result without the decryption share of ${trustee.name}`, "resultWithoutShare", {
          trustee: trustee.name,
        });
      continue;
    }
    const fault = partialsFault(board.pollId, trustee.id, trustee.publicShare ?? "", expected, published.partials);
    if (fault) return fail(`trustee ${trustee.name}: ${fault}`, "partial", { trustee: trustee.name });
  }
  if (!board.result) return incomplete();
  let counts: { scope: TallyScope; counts: number[] }[];
  try {
    counts = combineCounts(
      expected,
      board.trustees.map((t) => board.partials.find((p) => p.trusteeId === t.id)?.partials ?? []),
      board.ballots.length,
    );
  } catch (error) {
    return fail(`the result does not decrypt: ${error instanceof Error ? error.message : String(error)}`, "decrypt");
  }
  if (JSON.stringify(counts) !== JSON.stringify(board.result))
    return fail("the published result is not what the partial decryptions give", "result");
  return { ok: true, complete: true, result: counts };
}

const incomplete = (): BoardVerdict => ({ ok: true, complete: false, result: null });
