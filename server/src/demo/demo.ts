import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constituencySchema, pocTemplate } from "@trilogue/shared";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { issueInvitation } from "../auth/invitations.service.js";
import { getOrCreateSetting } from "../auth/settings.repository.js";
import { createConsultation, registerDelegation } from "../consultations/consultations.service.js";
import type { Db } from "../db/database.js";
import { consultations } from "../db/schema.js";
import { demoDelegations } from "./demo-delegations.js";

/** What `DATA_DIR/demo-links.json` holds. */
const demoLinksSchema = z.object({
  consultationId: z.string(),
  /** The PUBLIC_URL the links were made with, so a restart under another can give them again. */
  publicUrl: z.string().optional(),
  chair: z.string(),
  secretary: z.string(),
  delegations: z.array(z.object({ name: z.string(), constituencies: z.array(constituencySchema), url: z.string() })),
});
export type DemoLinks = z.infer<typeof demoLinksSchema>;

/**
 * On an empty database, creates the demo consultation with its agenda, delegations and links.
 * A setting claimed first makes it happen once, even when several nodes start together. A later
 * start gives the links again while the demo and its links file are still there.
 */
export async function seedDemo(db: Db, options: { publicUrl: string; dataDir: string }): Promise<DemoLinks | null> {
  const claim = await getOrCreateSetting(db, "demo_seeded", () => new Date().toISOString());
  if (!claim.created) return demoLinksOnFile(db, options);
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
    publicUrl: options.publicUrl,
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
  writeLinks(options.dataDir, links);
  return links;
}

/**
 * The links an earlier start wrote, if the demo consultation they open still exists; made with
 * another PUBLIC_URL, they are given under this one (the tokens are what matter).
 */
async function demoLinksOnFile(db: Db, options: { publicUrl: string; dataDir: string }): Promise<DemoLinks | null> {
  let links: DemoLinks;
  try {
    links = demoLinksSchema.parse(JSON.parse(readFileSync(join(options.dataDir, "demo-links.json"), "utf8")));
  } catch {
    // No file (another node's data dir, or deleted by its owner), or not ours: nothing to give.
    return null;
  }
  const [demo] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.id, links.consultationId), eq(consultations.isDemo, true)));
  if (!demo) return null;
  const from = links.publicUrl;
  if (!from || from === options.publicUrl) return links;
  const rebase = (url: string) => (url.startsWith(from) ? options.publicUrl + url.slice(from.length) : url);
  const moved: DemoLinks = {
    ...links,
    publicUrl: options.publicUrl,
    chair: rebase(links.chair),
    secretary: rebase(links.secretary),
    delegations: links.delegations.map((delegation) => ({ ...delegation, url: rebase(delegation.url) })),
  };
  // The file is what a person opens: it says what the log says.
  writeLinks(options.dataDir, moved);
  return moved;
}

/** Bearer links: readable by the server's own user only (the folder is 0700 too, see data-dir.ts). */
function writeLinks(dataDir: string, links: DemoLinks): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dataDir, "demo-links.json"), `${JSON.stringify(links, null, 2)}\n`, { mode: 0o600 });
  chmodSync(join(dataDir, "demo-links.json"), 0o600);
}
