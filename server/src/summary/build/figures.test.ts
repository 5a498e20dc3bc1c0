import type { CoSignature, JointStatement, Position } from "@trilogue/shared";
import { constituencies, itemFigures, stances } from "@trilogue/shared";
import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSummary } from "./build.js";

const at = "2016-11-03T10:00:00.000Z";
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** A sample consultation whose first item holds the given positions and joint positions. */
function consultation(
  stanceOf: (number | null)[],
  joints: { sponsor: number; cosign: { who: number; answer: number }[] }[],
  mode: "on_record" | "chatham_house" = "on_record",
) {
  const snapshot = sampleSummarySnapshot({ delegations: 12, items: 1, polls: 0, confidentiality: mode });
  const itemId = snapshot.items[0]?.id ?? "";
  const delegations = snapshot.delegations;
  const positions: Position[] = stanceOf.flatMap((stance, i) => {
    const delegation = delegations[i % delegations.length];
    if (stance === null || !delegation) return [];
    return [
      {
        id: uuid(7000 + i),
        itemId,
        delegationId: delegation.id,
        stance: stances[stance % stances.length] ?? "neutral",
        statement: `Statement ${i}`,
        version: 1,
        publishedBy: uuid(1),
        publishedAt: at,
      },
    ];
  });
  const unique = [...new Map(positions.map((p) => [p.delegationId, p])).values()];
  const jointStatements: JointStatement[] = [];
  const coSignatures: CoSignature[] = [];
  joints.forEach((joint, j) => {
    const sponsor = unique[joint.sponsor % Math.max(unique.length, 1)];
    if (!sponsor) return;
    const id = uuid(8000 + j);
    jointStatements.push({
      id,
      subject: "position",
      subjectId: sponsor.id,
      subjectVersion: 1,
      itemId,
      sponsorDelegationId: sponsor.delegationId,
      onBehalfOf: "the African Group",
      createdBy: uuid(1),
      createdAt: at,
    });
    const answers = ["pending", "confirmed", "declined"] as const;
    joint.cosign.forEach((c, k) => {
      const who = delegations[c.who % delegations.length];
      if (
        !who ||
        who.id === sponsor.delegationId ||
        coSignatures.some((s) => s.jointId === id && s.delegationId === who.id)
      )
        return;
      coSignatures.push({
        id: uuid(9000 + j * 100 + k),
        jointId: id,
        delegationId: who.id,
        status: answers[c.answer % 3] ?? "pending",
        invitedAt: at,
        decidedBy: null,
        decidedAt: null,
      });
    });
  });
  return { ...snapshot, positions: unique, jointStatements, coSignatures, itemId };
}

describe("itemFigures: the screen and the summary agree", () => {
  it("on random consultations, the summary carries exactly the room's figures", () => {
    const joint = fc.record({
      sponsor: fc.nat(20),
      cosign: fc.array(fc.record({ who: fc.nat(20), answer: fc.nat(2) }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat(3)), { maxLength: 12 }),
        fc.array(joint, { maxLength: 3 }),
        fc.constantFrom("on_record" as const, "chatham_house" as const),
        (stanceOf, joints, mode) => {
          const snapshot = consultation(stanceOf, joints, mode);
          const screen = itemFigures(
            {
              delegations: snapshot.delegations,
              positions: snapshot.positions,
              jointStatements: snapshot.jointStatements,
              coSignatures: snapshot.coSignatures,
              breakdownDisclosures: snapshot.breakdownDisclosures ?? [],
            },
            snapshot.itemId,
          );
          const summary = buildSummary({
            snapshot,
            narrative: { overview: "", items: [], followUp: [] },
            status: "draft",
            generatedAt: new Date(at),
          });
          const positions = summary.items[0]?.positions;
          expect(positions?.total).toBe(screen.breakdown.total);
          expect(positions?.overall).toEqual(screen.breakdown.overall);
          for (const c of constituencies) {
            const counts = screen.breakdown.byConstituency[c];
            const shown = counts && Object.values(counts).some((n) => n > 0) ? counts : undefined;
            expect(positions?.byConstituency[c]).toEqual(shown);
          }
          expect(positions?.convergence).toEqual({ status: screen.convergence, leaning: screen.leaning });
          expect(positions?.joint?.map((j) => j.confirmed.length)).toEqual(
            screen.joints.map((j) => j.confirmed.length),
          );
          // A joint text never replaces a delegation's own statement: one statement per own position.
          expect(positions?.groups.flatMap((g) => g.statements)).toHaveLength(snapshot.positions.length);
        },
      ),
      { numRuns: 30 },
    );
    // Each run builds a whole summary; the machine running the suite may be loaded.
  }, 120_000);

  it("counts confirmed co-signatories by distinct delegation and keeps their own positions", () => {
    // Delegation 0 posts for a group; 1 and 2 confirm, 3 declines; 2 has a position of its own.
    const snapshot = consultation(
      [0, null, 3],
      [
        {
          sponsor: 0,
          cosign: [
            { who: 1, answer: 1 },
            { who: 2, answer: 1 },
            { who: 3, answer: 2 },
          ],
        },
      ],
    );
    const figures = itemFigures(snapshot, snapshot.itemId);
    expect(figures.breakdown.total).toBe(3);
    expect(figures.joints[0]).toMatchObject({
      onBehalfOf: "the African Group",
      declined: [snapshot.delegations[3]?.id],
    });
    expect(figures.joints[0]?.confirmed).toHaveLength(2);
    expect(figures.joints[0]?.countedFor).toEqual([snapshot.delegations[1]?.id]);
  });
});
