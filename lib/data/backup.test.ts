// The restore drill: back up a database while it is being written to, damage nothing, restore
// the copy over a newer database, and find exactly what the backup held.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testDatabase as live } from "@/tests/database/test-database";
import { backupDatabase, backupFileName, integrityOf, restoreDatabase } from "./backup";

const dir = await mkdtemp(path.join(os.tmpdir(), "claim-tracker-backup-"));

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const addStory = (n: number) =>
  live.db.story.create({ data: { title: `Story ${n}`, slug: `story-${n}`, date: "2020-02-27" } });

describe("backups", () => {
  it("copies the live database while writes go on, and the copy is whole", async () => {
    for (let n = 0; n < 50; n++) await addStory(n);
    // Writes keep coming while the backup runs: the copy is one consistent moment.
    const writing = (async () => {
      for (let n = 50; n < 150; n++) await addStory(n);
    })();
    const backup = await backupDatabase(live.file, path.join(dir, backupFileName(new Date("2026-11-24T16:05:09Z"))));
    await writing;

    expect(path.basename(backup.file)).toBe("claim-tracker-2026-11-24T16-05-09Z.db");
    expect(integrityOf(backup.file)).toBe("ok");
    expect(backup.tables.Story).toBeGreaterThanOrEqual(50);
    expect(backup.tables.Story).toBeLessThanOrEqual(150);
    expect(await live.db.story.count()).toBe(150);
  });

  it("restores a backup over a newer database, keeping the newer one aside", async () => {
    const backup = await backupDatabase(live.file, path.join(dir, "drill.db"));
    const stories = backup.tables.Story as number;
    await addStory(1_000);

    const target = path.join(dir, "restored.db");
    await backupDatabase(live.file, target); // a "newer" database in the place to restore
    const restored = await restoreDatabase(backup.file, target);
    expect(restored.tables.Story).toBe(stories);
    expect(integrityOf(target)).toBe("ok");
    expect(integrityOf(`${target}.before-restore`)).toBe("ok");
  });

  it("refuses to restore a damaged file, and leaves the database alone", async () => {
    const damaged = path.join(dir, "damaged.db");
    await writeFile(damaged, "SQLite format 3\0 but not really a database at all");
    const target = path.join(dir, "untouched.db");
    const before = await backupDatabase(live.file, target);
    await expect(restoreDatabase(damaged, target)).rejects.toThrow();
    expect(integrityOf(target)).toBe("ok");
    expect((await backupDatabase(target, path.join(dir, "check.db"))).tables).toEqual(before.tables);
  });
});
