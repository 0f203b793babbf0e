// A PostgreSQL server for this project alone, on demand: `npm run db:postgres -- start|stop|url`.
// The cluster lives in .data/postgres/ (gitignored), listens on 127.0.0.1:5433 only, and keeps
// its unix socket inside .data too, so it never meets the machine's own PostgreSQL. Idempotent:
// `start` on a running server only prints its URL. docs/deploy.md and docs/decisions/008.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));

export const LOCAL_POSTGRES = {
  host: "127.0.0.1",
  port: Number(process.env.POSTGRES_LOCAL_PORT ?? 5433),
  user: "claim_tracker",
  password: "claim_tracker",
  database: "claim_tracker",
};

const dataRoot = path.join(projectRoot, ".data", "postgres");
const clusterDir = path.join(dataRoot, "cluster");
const socketDir = path.join(dataRoot, "socket");
const logFile = path.join(dataRoot, "server.log");

/** The URL the app, Prisma and the tests use to reach the local server. */
export function localPostgresUrl(database = LOCAL_POSTGRES.database) {
  const { user, password, host, port } = LOCAL_POSTGRES;
  return `postgresql://${user}:${password}@${host}:${port}/${database}`;
}

/** The folder holding initdb, pg_ctl, psql, pg_dump and pg_restore: Debian keeps them out of PATH, by version. */
export function findBinaries() {
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => existsSync(path.join(debianRoot, name, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return path.join(debianRoot, versions[0], "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  return which.status === 0 ? path.dirname(which.stdout.trim()) : null;
}

/** Installs Debian's package when we are root and apt-get exists; otherwise says what to do. */
function ensureInstalled() {
  let bin = findBinaries();
  if (bin) return bin;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.error("PostgreSQL is not installed: installing Debian's package (apt-get install -y postgresql)...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "postgresql"], { stdio: "inherit", env });
    bin = findBinaries();
    if (bin) return bin;
  }
  fail(
    "PostgreSQL is not installed. Install it (Debian/Ubuntu: `sudo apt-get install -y postgresql`) " +
      "and run this command again; initdb, pg_ctl and psql must be found.",
  );
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

// PostgreSQL refuses to run as root. As root, the cluster belongs to the `postgres` system user
// (made by Debian's package) and every server command runs as that user.
const asRoot = process.getuid?.() === 0;
const SERVER_USER = "postgres";

function run(bin, command, args, options = {}) {
  const file = path.join(bin, command);
  const [program, argv] = asRoot ? ["runuser", ["-u", SERVER_USER, "--", file, ...args]] : [file, args];
  return spawnSync(program, argv, { encoding: "utf8", ...options });
}

function serverUserIds() {
  const id = (flag) => Number(execFileSync("id", [flag, SERVER_USER], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

function prepareFolders() {
  mkdirSync(socketDir, { recursive: true });
  if (asRoot) {
    const { uid, gid } = serverUserIds();
    // The server user must be able to walk into .data/postgres to reach its cluster.
    chownSync(dataRoot, uid, gid);
    chownSync(socketDir, uid, gid);
    for (
      let dir = path.dirname(dataRoot);
      dir.startsWith(projectRoot) && dir !== projectRoot;
      dir = path.dirname(dir)
    ) {
      chmodSync(dir, statSync(dir).mode | 0o711);
    }
  }
}

function initCluster(bin) {
  if (existsSync(path.join(clusterDir, "PG_VERSION"))) return;
  console.error(`Creating a PostgreSQL cluster in ${path.relative(projectRoot, clusterDir)}...`);
  // Local connections over the socket trust the server user (to create the role below); TCP asks
  // for the role's password (scram), loopback only.
  const result = run(bin, "initdb", [
    "-D",
    clusterDir,
    "-U",
    SERVER_USER,
    "--auth-local=trust",
    "--auth-host=scram-sha-256",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
  ]);
  if (result.status !== 0) fail(`initdb failed:\n${result.stderr || result.stdout}`);
}

function isRunning(bin) {
  return run(bin, "pg_ctl", ["status", "-D", clusterDir]).status === 0;
}

function startServer(bin) {
  if (isRunning(bin)) return;
  const options = `-c listen_addresses=${LOCAL_POSTGRES.host} -p ${LOCAL_POSTGRES.port} -k ${socketDir} -c max_connections=200 -c fsync=on`;
  const result = run(bin, "pg_ctl", ["start", "-w", "-t", "60", "-D", clusterDir, "-l", logFile, "-o", options]);
  if (result.status !== 0) fail(`PostgreSQL did not start:\n${result.stderr || result.stdout}\nSee ${logFile}.`);
}

function psql(bin, sql, database = "postgres") {
  return run(bin, "psql", [
    "-h",
    socketDir,
    "-p",
    String(LOCAL_POSTGRES.port),
    "-U",
    SERVER_USER,
    "-d",
    database,
    "-v",
    "ON_ERROR_STOP=1",
    "-tAc",
    sql,
  ]);
}

/**
 * The app's role (allowed to create the test databases) and its database, made once. The
 * migrations create what else they need (the `unaccent` extension is trusted: a database's
 * owner may create it), so a managed PostgreSQL needs no superuser either.
 */
function ensureRoleAndDatabase(bin) {
  const { user, password, database } = LOCAL_POSTGRES;
  const role = psql(bin, `SELECT 1 FROM pg_roles WHERE rolname = '${user}'`);
  if (role.status !== 0) fail(`psql failed:\n${role.stderr}`);
  if (role.stdout.trim() !== "1") {
    const created = psql(bin, `CREATE ROLE ${user} LOGIN CREATEDB PASSWORD '${password}'`);
    if (created.status !== 0) fail(`Could not create the role ${user}:\n${created.stderr}`);
  }
  const exists = psql(bin, `SELECT 1 FROM pg_database WHERE datname = '${database}'`);
  if (exists.stdout.trim() !== "1") {
    const created = psql(bin, `CREATE DATABASE ${database} OWNER ${user}`);
    if (created.status !== 0) fail(`Could not create the database ${database}:\n${created.stderr}`);
  }
}

/** Starts the local server if needed and returns its URL. */
export function startLocalPostgres() {
  const bin = ensureInstalled();
  prepareFolders();
  initCluster(bin);
  startServer(bin);
  ensureRoleAndDatabase(bin);
  writeFileSync(path.join(dataRoot, "url"), `${localPostgresUrl()}\n`);
  return localPostgresUrl();
}

/** Whether this project's local server is running now. */
export function localPostgresRunning() {
  const bin = findBinaries();
  return Boolean(bin && existsSync(path.join(clusterDir, "PG_VERSION")) && isRunning(bin));
}

export function stopLocalPostgres() {
  if (!localPostgresRunning()) {
    console.error("The local PostgreSQL is not running.");
    return;
  }
  const bin = findBinaries();
  const result = run(bin, "pg_ctl", ["stop", "-w", "-m", "fast", "-D", clusterDir]);
  if (result.status !== 0) fail(`pg_ctl stop failed:\n${result.stderr || result.stdout}`);
  console.error("The local PostgreSQL stopped.");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const command = process.argv[2] ?? "start";
  if (command === "start") console.log(startLocalPostgres());
  else if (command === "stop") stopLocalPostgres();
  else if (command === "url") console.log(localPostgresUrl());
  else fail(`Unknown command "${command}". Use: npm run db:postgres -- start|stop|url`);
}
