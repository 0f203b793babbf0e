// Backups of the SQLite file, taken while the server runs, and their restoration. SQLite's own
// online backup API copies a consistent snapshot page by page while other connections keep
// reading and writing (each step takes the lock briefly), so no one has to stop. Every backup is
// checked (PRAGMA integrity_check) before it is called good, and so is a file before it is
// restored. Plain better-sqlite3 rather than Prisma: this is about the file, not the rows.
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";

export interface BackupResult {
  file: string;
  bytes: number;
  tables: Record<string, number>;
}

/** Rows per table, for a person to compare a backup with what they expect. */
function countRows(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'PublicSearch_%' ORDER BY name`,
    )
    .all() as Array<{ name: string }>;
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n,
    ]),
  );
}

/** Opens the file, hands it to `work` and closes it when `work` is done, whatever happens. */
async function opened<T>(
  file: string,
  options: Database.Options,
  work: (db: Database.Database) => T,
): Promise<Awaited<T>> {
  const db = new Database(file, options);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** What a backup or a restore made: the file, its size and the rows of each of its tables. */
function described(file: string): Promise<BackupResult> {
  return opened(file, { readonly: true }, async (db) => ({
    file,
    bytes: (await stat(file)).size,
    tables: countRows(db),
  }));
}

/** "ok", or what SQLite found wrong with the file. */
export function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("PRAGMA integrity_check").all() as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

/** A name that sorts by time: claim-tracker-2026-11-24T16-05-09Z.db. */
export function backupFileName(at: Date = new Date()): string {
  return `claim-tracker-${at.toISOString().slice(0, 19).replace(/:/g, "-")}Z.db`;
}

/** Copies the live database at `source` to `target` (a new file), online, and checks the copy. */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  await rm(partial, { force: true });
  await opened(source, { fileMustExist: true }, async (live) => {
    live.pragma("busy_timeout = 5000");
    await live.backup(partial);
  });
  const integrity = integrityOf(partial);
  if (integrity !== "ok") {
    await rm(partial, { force: true });
    throw new Error(`The copy failed its integrity check (${integrity}); nothing was kept.`);
  }
  // Only a checked copy gets the real name: a crash mid-backup never leaves a file that looks good.
  await rename(partial, target);
  return described(target);
}

/**
 * Replaces the database at `target` with the backup `backup`, after checking the backup. The
 * server must be stopped: a running server would keep writing to the file it has open. The old
 * database is kept beside it as `<name>.before-restore` until the next restore.
 */
export async function restoreDatabase(backup: string, target: string): Promise<BackupResult> {
  if (
    !(await stat(backup).then(
      (s) => s.isFile(),
      () => false,
    ))
  )
    throw new Error(`There is no backup file at ${backup}; nothing was restored.`);
  const integrity = integrityOf(backup);
  if (integrity !== "ok") throw new Error(`${backup} is damaged (${integrity}); nothing was restored.`);

  const incoming = `${target}.restoring`;
  await rm(incoming, { force: true });
  // A copy through the backup API too: the result is a complete, consistent file.
  await opened(backup, { readonly: true }, (source) => source.backup(incoming));
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (exists) {
    // Fold the old file's write-ahead log into it, then keep it aside.
    await opened(target, {}, (old) => old.pragma("wal_checkpoint(TRUNCATE)"));
    await rm(`${target}.before-restore`, { force: true });
    await rename(target, `${target}.before-restore`);
  }
  for (const suffix of ["-wal", "-shm", "-journal"]) await rm(target + suffix, { force: true });
  await rename(incoming, target);
  return described(target);
}
