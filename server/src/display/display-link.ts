import type { DisplayLink } from "@trilogue/shared";
import { issueInvitation } from "../auth/invitations.service.js";
import type { Db } from "../db/database.js";

/** A meeting's week: long enough for a session's days, short enough that a forgotten projector link dies. */
const displayLinkHours = 24 * 7;

/**
 * A link for the projector: an observer's invitation (the display only reads) that lands on the
 * room display instead of the room. The token stays in the fragment, as in every invitation link.
 */
export async function issueDisplayLink(db: Db, publicUrl: string, consultationId: string): Promise<DisplayLink> {
  const invitation = await issueInvitation(db, publicUrl, consultationId, {
    role: "observer",
    label: "Room display",
    expiresInHours: displayLinkHours,
  });
  const token = invitation.url?.slice(invitation.url.indexOf("#") + 1) ?? "";
  return { url: `${publicUrl}/display#${token}`, expiresAt: invitation.expiresAt };
}
