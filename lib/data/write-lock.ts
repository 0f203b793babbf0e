// The key of the database-wide lock every transaction takes on PostgreSQL (lib/data/database-client.ts),
// so that transactions run one at a time across every app server, as SQLite's BEGIN IMMEDIATE makes
// them. Any constant shared by every process of the app; the browser tests' fixtures take it too
// (e2e/support/database.ts), which is why it lives apart from the server-only client.
export const WRITE_LOCK = 0x436c616d;
