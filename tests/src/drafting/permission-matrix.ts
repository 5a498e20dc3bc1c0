import type { Role } from "@trilogue/shared";

/**
 * Who may send each drafting, joint-statement and disclosure command, written out by hand from the
 * rules, in the shape of the matrix in `tests/src/live/permissions.test.ts` (spread in as
 * `...draftingPermissionMatrix`). Payloads are valid; ids the gate never reaches are made up.
 */
type Sender = Role | "outsider";
type Entry = { allowed: Sender[]; payload: (ids: { itemId: string }) => Record<string, unknown> };

const madeUp = "00000000-0000-4000-8000-00000000d2d2";

export const draftingPermissionMatrix: Record<string, Entry> = {
  "draft:open": { allowed: ["chair", "secretary"], payload: (ids) => ({ itemId: ids.itemId, title: "Elements" }) },
  "draft:add-paragraph": {
    allowed: ["chair", "secretary"],
    payload: () => ({ draftId: madeUp, kind: "operative", text: "Requests the Secretary-General to report." }),
  },
  "draft:edit-paragraph": {
    allowed: ["chair", "secretary"],
    payload: () => ({ paragraphId: madeUp, baseVersion: 1, text: "Requests a report." }),
  },
  "draft:set-state": {
    allowed: ["chair"],
    payload: () => ({ paragraphId: madeUp, baseVersion: 1, state: "agreed_ad_referendum" }),
  },
  "draft:delete-paragraph": {
    allowed: ["chair", "secretary"],
    payload: () => ({ paragraphId: madeUp, baseVersion: 1 }),
  },
  "draft:move-paragraph": {
    allowed: ["chair", "secretary"],
    payload: () => ({ paragraphId: madeUp, beforeParagraphId: null, level: 1 }),
  },
  // Advisers "read and draft": they may propose text for their delegation.
  "draft:propose": {
    allowed: ["delegate", "adviser"],
    payload: () => ({
      draftId: madeUp,
      change: { kind: "replace", paragraphId: madeUp, baseVersion: 1, passage: "report", text: "brief" },
    }),
  },
  "draft:withdraw-proposal": { allowed: ["delegate", "adviser"], payload: () => ({ proposalId: madeUp }) },
  "draft:merge-proposal": { allowed: ["chair"], payload: () => ({ proposalId: madeUp, baseVersion: 1 }) },
  "draft:reject-proposal": { allowed: ["chair"], payload: () => ({ proposalId: madeUp }) },
  "joint:post-position": {
    allowed: ["delegate"],
    // A made-up co-signatory never reaches the database: the gate or the item check stops first.
    payload: () => ({ itemId: madeUp, stance: "supports", coSignatories: [madeUp] }),
  },
  "joint:confirm": { allowed: ["delegate"], payload: () => ({ coSignatureId: madeUp }) },
  "joint:decline": { allowed: ["delegate"], payload: () => ({ coSignatureId: madeUp }) },
  "breakdown:set-disclosure": { allowed: ["chair"], payload: () => ({ constituency: "host", allowed: true }) },
};
