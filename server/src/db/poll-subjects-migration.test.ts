import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "./database.js";

/** The migrations as they stood before poll subjects, in a folder of their own. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), "trilogue-migrations-"));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const until = journal.entries.findIndex((entry) => entry.tag === tag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, until) }));
  return folder;
}

describe("the poll subjects migration", () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("makes every poll taken before subjects a poll on its item, indicative as all polls were", async () => {
    const client = new PGlite();
    const db = drizzle(client);
    const before = migrationsBefore("0016_i18b_poll_subjects");
    folders.push(before);
    await migrate(db, { migrationsFolder: before });
    const consultation = "00000000-0000-4000-8000-000000000001";
    const item = "00000000-0000-4000-8000-000000000002";
    const poll = "00000000-0000-4000-8000-000000000003";
    await client.exec(`
      insert into consultations (id, title, date, languages, working_language, confidentiality)
        values ('${consultation}', 'Before subjects', '2016-11-03', '{en}', 'en', 'on_record');
      insert into agenda_items (id, consultation_id, position, title) values ('${item}', '${consultation}', 0, 'Item');
      insert into polls (id, consultation_id, item_id, question, kind, options, max_choices, secret,
          results_visibility, status, created_at)
        values ('${poll}', '${consultation}', '${item}', 'Agreed?', 'yes_no_abstain', '{yes,no,abstain}', 1, false,
          'live', 'closed', now());
    `);
    await migrate(db, { migrationsFolder });
    const { rows } = await client.query<{ subject_kind: string; subject_id: string; indicative: boolean }>(
      `select subject_kind, subject_id, indicative from polls where id = '${poll}'`,
    );
    expect(rows).toEqual([{ subject_kind: "item", subject_id: item, indicative: true }]);
    await client.close();
    // Two full migration runs on an in-process database take a while on a busy machine.
  }, 120_000);
});
