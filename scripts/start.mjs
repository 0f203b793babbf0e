// `npm start`: everything a fresh clone needs, then the production server on PORT (default 3000):
// DATABASE_URL checked, a session key (kept in .data/auth-secret), the migrations, the Idlib
// demo on an empty database with its three accounts, the build.
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./auth-secret.mjs";
import { buildApp } from "./build-app.mjs";
import { projectRoot, runCommand } from "./run-command.mjs";

const port = process.env.PORT || "3000";
const url = `http://localhost:${port}`;
const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");

/**
 * Whether a check of the configuration passes: scripts/check-database.ts (DATABASE_URL names a
 * database the app can use; not yet migrated is fine, the migrations come next) or
 * scripts/check-environment.ts (every other setting, lib/env.ts: PUBLIC_ORIGIN or NEXTAUTH_URL
 * an http(s) origin, TRUSTED_PROXIES, the timings). Each says what is wrong in one line on stderr.
 */
function checkPasses(script) {
  return new Promise((resolve) => {
    const child = spawn(tsx, [script], {
      cwd: projectRoot,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", (error) => {
      console.error(`Could not start tsx: ${error.message}`);
      resolve(false);
    });
    child.on("exit", (code) => resolve(code === 0));
  });
}

/** Runs the demo seed and keeps what it prints, to repeat it once the build log has scrolled by. */
function seedDemo(env) {
  return new Promise((resolve) => {
    const child = spawn(tsx, ["--conditions=react-server", "scripts/prepare-database.ts"], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", (error) => resolve({ ok: false, output: `Could not start tsx: ${error.message}` }));
    child.on("exit", (code) => resolve({ ok: code === 0, output: output.trimEnd() }));
  });
}

function stop(reason) {
  console.error(`\nClaim Tracker was not started: ${reason}.`);
  process.exit(1);
}

// Before anything is written or built: a wrong DATABASE_URL or public origin is said in one
// line, not as the migrations' stack trace or a server whose every page fails.
if (!(await checkPasses("scripts/check-database.ts"))) process.exit(1);
if (!(await checkPasses("scripts/check-environment.ts"))) process.exit(1);

const { secret, origin } = await ensureAuthSecret();
// next-auth's address: the public one when only that is given, so its redirects and its Secure
// cookies (an https:// address) follow it.
const env = {
  NEXTAUTH_SECRET: secret,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || process.env.PUBLIC_ORIGIN || url,
};
console.log(`== session key: ${origin} ==`);

console.log("\n== database: applying migrations ==");
if ((await runCommand("node", ["scripts/prisma.mjs", "migrate", "deploy"], env)) !== 0) {
  stop("the database migrations failed (see above)");
}

console.log("\n== database: demo story ==");
const seed = await seedDemo(env);
// Shown now as well as after the build: a password printed once must survive a failed build.
if (seed.output) console.log(seed.output);
if (!seed.ok) stop("the demo could not be seeded (see above)");

console.log("\n== build ==");
if (!(await buildApp(env))) stop("the build failed (see above)");

console.log(`\n== ready ==${seed.output ? `\n${seed.output}` : ""}`);
// scripts/prepare-database.ts says this only when it has just made the demo accounts.
const accounts = /shown this once/.test(seed.output) ? "the accounts above" : "your account";
console.log(`\nClaim Tracker: ${url} — sign in at /sign-in with ${accounts} (listening on 0.0.0.0:${port})\n`);
process.exit(await runCommand("next", ["start", "-H", "0.0.0.0", "-p", port], env));
