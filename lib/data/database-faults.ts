// What went wrong with the database, when it is not the caller's mistake nor a bug: the three
// faults a server meets in real life, each answered in words and with its own status instead
// of a generic 500 (docs/decisions/011-never-wedge.md).
//
// - busy: the write lock stayed taken past the write's budget (a backup, the sqlite3 shell, a
//   migration, another server's long transaction, a LOCK TABLE on PostgreSQL). Nothing was saved.
// - full: the disk or the database is full (SQLITE_FULL, PostgreSQL's disk_full). Nothing was
//   saved; writes resume by themselves once there is room.
// - unavailable: PostgreSQL cannot be reached, restarted, or dropped the connection.

export type DatabaseFault = "busy" | "full" | "unavailable";

/** Seconds a client should wait before trying again, per fault (Retry-After). */
export const RETRY_AFTER_SECONDS: Record<DatabaseFault, number> = {
  busy: 5,
  full: 60,
  unavailable: 10,
};

/** The HTTP status per fault: 503 for a passing condition, 507 Insufficient Storage for a full disk. */
export const FAULT_STATUS: Record<DatabaseFault, number> = {
  busy: 503,
  full: 507,
  unavailable: 503,
};

// SQLite's result codes and PostgreSQL's SQLSTATEs, as the drivers report them.
const SQLITE_CODES: Array<[RegExp, DatabaseFault]> = [
  [/^SQLITE_(BUSY|LOCKED)/, "busy"],
  [/^SQLITE_FULL/, "full"],
];
const POSTGRES_STATES: Record<string, DatabaseFault> = {
  "55P03": "busy", // lock_not_available: lock_timeout ran out
  "40P01": "busy", // deadlock_detected: the transaction was chosen to give way
  "57014": "busy", // query_canceled: statement_timeout
  "53100": "full", // disk_full
  "53200": "full", // out_of_memory
  "57P01": "unavailable", // admin_shutdown: pg_terminate_backend, a restart
  "57P02": "unavailable", // crash_shutdown
  "57P03": "unavailable", // cannot_connect_now: starting up
  "08000": "unavailable",
  "08003": "unavailable",
  "08006": "unavailable", // connection_failure
  "53300": "unavailable", // too_many_connections
};
const NODE_NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
// Prisma's own codes for the same: P1008 a timed-out operation (SQLite busy), P2028 a transaction
// that could not start in time, P1001 unreachable, P1017 a closed connection.
const PRISMA_CODES: Record<string, DatabaseFault> = {
  P1008: "busy",
  P2034: "busy",
  P1001: "unavailable",
  P1017: "unavailable",
};
// The words when no code survived the layers between the driver and here.
const MESSAGES: Array<[RegExp, DatabaseFault]> = [
  [/\bSQLITE_(BUSY|LOCKED)\b|database is locked|database table is locked/i, "busy"],
  [/\bSQLITE_FULL\b|database or disk is full|No space left on device|could not extend file/i, "full"],
  [/lock timeout|canceling statement due to lock timeout|Unable to start a transaction in the given time/i, "busy"],
  [
    /Connection terminated|connection error and is not queryable|terminating connection due to administrator command|Can't reach database server|timeout exceeded when trying to connect|Connection refused|the database system is (starting|shutting) up/i,
    "unavailable",
  ],
];

// When the COMMIT of a transaction Prisma opened for one operation (an updateMany, a nested
// create) fails, Prisma tries to roll back the transaction it has already marked committed and
// reports only that ("Transaction already closed: A rollback cannot be executed on a committed
// transaction"): the COMMIT's own error is lost. The adapters note each failed COMMIT here so the
// answer can still say why. Writes take turns, so the latest failure is the one being answered.
// The note is kept on globalThis: the proxy and the pages are bundled apart, each with its own
// copy of this module, while the process has one database client (lib/data/db.ts) whose adapter
// writes the note through whichever copy made it.
const LOST_COMMIT_ERROR = /A rollback cannot be executed on a committed transaction/;
const COMMIT_NOTE_KEPT_MS = 10_000;
const notes = globalThis as typeof globalThis & {
  claimTrackerLastCommitFailure?: { fault: DatabaseFault | null; at: number };
};

/** Called by the adapters when a COMMIT fails, before the error goes on. */
export function noteCommitFailure(error: unknown): void {
  notes.claimTrackerLastCommitFailure = { fault: databaseFault(error), at: Date.now() };
}

function lostCommitFault(): DatabaseFault | null {
  const last = notes.claimTrackerLastCommitFailure;
  if (!last || Date.now() - last.at > COMMIT_NOTE_KEPT_MS) return null;
  return last.fault;
}

/** The database fault behind `error`, or null when it is something else (a mistake, a bug). */
export function databaseFault(error: unknown): DatabaseFault | null {
  if (error instanceof Error && LOST_COMMIT_ERROR.test(error.message)) return lostCommitFault();
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const fault = faultOfOne(current as Record<string, unknown>);
    if (fault) return fault;
    const { cause, meta } = current as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(cause, meta?.driverAdapterError);
  }
  return null;
}

function faultOfOne(error: Record<string, unknown>): DatabaseFault | null {
  for (const key of ["code", "originalCode"] as const) {
    const code = error[key];
    if (typeof code !== "string") continue;
    for (const [pattern, fault] of SQLITE_CODES) if (pattern.test(code)) return fault;
    const known = POSTGRES_STATES[code] ?? PRISMA_CODES[code];
    if (known) return known;
    if (NODE_NETWORK_CODES.has(code)) return "unavailable";
  }
  if (error.kind === "sqlite" && typeof error.extendedCode === "number") {
    const primary = error.extendedCode & 0xff;
    if (primary === 5 || primary === 6) return "busy";
    if (primary === 13) return "full";
  }
  if (error.kind === "SocketTimeout") return "busy";
  if (error.kind === "DatabaseNotReachable" || error.kind === "ConnectionClosed") return "unavailable";
  for (const key of ["message", "originalMessage"] as const) {
    const message = error[key];
    if (typeof message !== "string") continue;
    for (const [pattern, fault] of MESSAGES) if (pattern.test(message)) return fault;
  }
  return null;
}

/** What a person reads: what happened, that nothing was saved, and what to do. */
export function faultMessage(fault: DatabaseFault): string {
  switch (fault) {
    case "busy":
      return `The database is busy; nothing was saved. Try again in ${RETRY_AFTER_SECONDS.busy} seconds.`;
    case "full":
      return "The database is full: the server has no room left to save. Nothing was saved. Saving resumes by itself once space is freed; ask whoever runs the server.";
    case "unavailable":
      return `The database cannot be reached right now; nothing was saved. Try again in ${RETRY_AFTER_SECONDS.unavailable} seconds.`;
  }
}

/** Whether a write lost to a unique index: another request wrote the same key first. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
