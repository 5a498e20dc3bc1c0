import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Constituency, pocTemplate } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import { issueInvitation } from "../auth/invitations.service.js";
import { getOrCreateSetting } from "../auth/settings.repository.js";
import { createConsultation, registerDelegation } from "../consultations/consultations.service.js";
import type { Db } from "../db/database.js";
import { consultations } from "../db/schema.js";
import { demoDelegations } from "./demo-delegations.js";

/** What `DATA_DIR/demo-links.json` holds. */
export type DemoLinks = {
  consultationId: string;
  chair: string;
  secretary: string;
  delegations: { name: string; constituencies: Constituency[]; url: string }[];
};

/**
 * On an empty database, creates the demo consultation with its agenda, delegations and links.
 * A setting claimed first makes it happen once, even when several nodes start together.
 */
export async function seedDemo(db: Db, options: { publicUrl: string; dataDir: string }): Promise<DemoLinks | null> {
  const claim = await getOrCreateSetting(db, "demo_seeded", () => new Date().toISOString());
  if (!claim.created) return null;
  const [existing] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.isDemo, true));
  if (existing) return null;

  const { id } = await createConsultation(
    db,
    {
      title: pocTemplate.title,
      missionContext: pocTemplate.missionContext,
      date: new Date().toISOString().slice(0, 10),
      languages: ["en", "fr", "ar", "zh", "ru", "es"],
      workingLanguage: "en",
      confidentiality: "chatham_house",
    },
    { isDemo: true },
  );
  const invite = async (role: "chair" | "secretary" | "delegate", delegationId: string | null = null) => {
    const invitation = await issueInvitation(db, options.publicUrl, id, {
      role,
      delegationId,
      expiresInHours: 24 * 90,
      // A demonstration is passed round a room and rejoined often: a generous cap, still a cap.
      maxRedemptions: 1000,
    });
    return invitation.url ?? "";
  };
  const links: DemoLinks = {
    consultationId: id,
    chair: await invite("chair"),
    secretary: await invite("secretary"),
    delegations: [],
  };
  for (const body of demoDelegations) {
    const { value: delegation } = await registerDelegation(db, id, body);
    links.delegations.push({
      name: delegation.name,
      constituencies: delegation.constituencies,
      url: await invite("delegate", delegation.id),
    });
  }
  // Bearer links: readable by the server's own user only (the folder is 0700 too, see data-dir.ts).
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(join(options.dataDir, "demo-links.json"), `${JSON.stringify(links, null, 2)}\n`, { mode: 0o600 });
  chmodSync(join(options.dataDir, "demo-links.json"), 0o600);
  return links;
}
