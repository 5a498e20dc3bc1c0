import type { Delegation } from "../domain/entities.js";
import { type Constituency, constituencies } from "../domain/enums.js";
import type { BreakdownDisclosure, CoSignature, JointStatement } from "../drafting/entities.js";
import { coSignatoriesOf, positionsWithCoSignatories } from "../drafting/joint.js";
import { hiddenConstituencies, type MaskedPositionBreakdown, maskBreakdown } from "../drafting/privacy.js";
import { byTime } from "../time/order.js";
import { type Stance, stances } from "./enums.js";
import { positionBreakdown } from "./position-breakdown.js";
import type { Position } from "./positions.js";

/** What every figure of an item is computed from: the live collections, as lists. */
export type FigureSources = {
  delegations: readonly Delegation[];
  positions: readonly Position[];
  jointStatements?: readonly JointStatement[];
  coSignatures?: readonly CoSignature[];
  breakdownDisclosures?: readonly Pick<BreakdownDisclosure, "id">[];
};

/** A position published on behalf of a group, with its co-signatories by answer. */
export type JointFigure = {
  jointId: string;
  positionId: string;
  sponsorDelegationId: string;
  /** The group's name as the sponsor gave it ("the African Group"); may be empty. */
  onBehalfOf: string;
  stance: Stance;
  statement: string;
  /** Co-signatories by answer, in invitation order. Only `confirmed` ones count in the figures. */
  confirmed: string[];
  declined: string[];
  pending: string[];
  /** Confirmed co-signatories counted with the joint stance (those with a position of their own keep it). */
  countedFor: string[];
};

/**
 * Whether the constituencies lean the same way: `too_few` when fewer than two constituencies
 * lean at all, or when every delegation behind their leanings is one and the same (a member of
 * two constituencies agrees with itself).
 */
export type Convergence = "converge" | "diverge" | "too_few";

/** Every figure of an item: the one computation behind the room, the display and every export. */
export type ItemFigures = {
  /** Counted by distinct delegation, confirmed co-signatories included; hidden constituencies read null. */
  breakdown: MaskedPositionBreakdown;
  /** Constituencies below the disclosure floor that the chair has not allowed. */
  hidden: Constituency[];
  /** Joint positions on the item that still stand (the sponsor has not revised them since). */
  joints: JointFigure[];
  /** The most common stance of each shown constituency that stated one (ties go to the earlier stance). */
  leaning: Partial<Record<Constituency, Stance>>;
  convergence: Convergence;
};

/**
 * The figures of one agenda item. Pure, shared by the room, the projector and the summary, so
 * that they cannot disagree: a delegation counts once overall and once in each constituency it
 * belongs to; a confirmed co-signatory of a joint position counts with it unless it stated its
 * own position, which a joint text never replaces; groups below the disclosure floor are withheld
 * unless the chair allowed them, and lean no way.
 */
export function itemFigures(sources: FigureSources, itemId: string): ItemFigures {
  const joints = sources.jointStatements ?? [];
  const coSignatures = sources.coSignatures ?? [];
  const counted = positionsWithCoSignatories(sources.positions, joints, coSignatures);
  const hidden = hiddenConstituencies(sources.delegations, sources.breakdownDisclosures ?? []);
  const breakdown = maskBreakdown(positionBreakdown(counted, sources.delegations, itemId), hidden);
  const known = new Set(sources.delegations.map((d) => d.id));
  const latest = latestPositions(counted, itemId, known);
  const leaning: Partial<Record<Constituency, Stance>> = {};
  const behind = new Set<string>();
  for (const c of constituencies) {
    const counts = breakdown.byConstituency[c];
    if (!counts) continue;
    let best: Stance | null = null;
    for (const stance of stances)
      if (counts[stance] > 0 && (best === null || counts[stance] > counts[best])) best = stance;
    if (!best) continue;
    leaning[c] = best;
    for (const d of sources.delegations) if (d.constituencies.includes(c) && latest.has(d.id)) behind.add(d.id);
  }
  const leanings = Object.values(leaning);
  const convergence: Convergence =
    leanings.length < 2 || behind.size < 2 ? "too_few" : new Set(leanings).size > 1 ? "diverge" : "converge";
  return {
    breakdown,
    hidden: constituencies.filter((c) => hidden.has(c)),
    joints: jointFigures(sources.positions, joints, coSignatures, latest, itemId),
    leaning,
    convergence,
  };
}

/** Each known delegation's position that counts on the item (its highest version; stand-ins are version 0). */
function latestPositions(positions: readonly Position[], itemId: string, known: ReadonlySet<string>) {
  const latest = new Map<string, Position>();
  for (const position of positions) {
    if (position.itemId !== itemId || !known.has(position.delegationId)) continue;
    const seen = latest.get(position.delegationId);
    if (!seen || seen.version < position.version) latest.set(position.delegationId, position);
  }
  return latest;
}

function jointFigures(
  positions: readonly Position[],
  joints: readonly JointStatement[],
  coSignatures: readonly CoSignature[],
  latest: ReadonlyMap<string, Position>,
  itemId: string,
): JointFigure[] {
  const byId = new Map(positions.map((position) => [position.id, position]));
  return joints
    .filter((joint) => joint.subject === "position" && joint.itemId === itemId)
    .sort(byTime((joint) => joint.createdAt))
    .flatMap((joint) => {
      const position = byId.get(joint.subjectId);
      if (!position || position.version !== joint.subjectVersion) return [];
      const answers = coSignatoriesOf(joint.id, coSignatures);
      return [
        {
          jointId: joint.id,
          positionId: position.id,
          sponsorDelegationId: joint.sponsorDelegationId,
          onBehalfOf: joint.onBehalfOf,
          stance: position.stance,
          statement: position.statement,
          confirmed: answers.confirmed,
          declined: answers.declined,
          pending: answers.pending,
          countedFor: answers.confirmed.filter((id) => latest.get(id)?.id === `${joint.id}:${id}`),
        },
      ];
    });
}
