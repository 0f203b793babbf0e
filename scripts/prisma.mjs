// Runs the Prisma CLI (`node scripts/prisma.mjs migrate deploy`) with what this project's
// setup needs: see docs/decisions/002-prisma-on-sqlite.md.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const projectRoot = fileURLToPath(new URL("..", import.meta.url));

const env = {
  ...process.env,
  // Before each command, Prisma 6.19's CLI fetches the native engines it thinks the project
  // needs. It reads `engineType = "client"` in the schema to know the native query engine is not
  // needed; but when it cannot read the schema (a syntax error, an unset env var), it falls back
  // to downloading that library, which fails on a machine that reaches only the npm registry and
  // hides the real error behind "ENOTFOUND binaries.prisma.sh". Naming any existing file skips
  // the download; the file is never loaded, since the client runs on the WebAssembly query
  // compiler and Migrate on the `engine: "js"` schema engine. This script will do.
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? fileURLToPath(import.meta.url),
  // No update check or telemetry call to Prisma's servers: offline installs must not wait on it.
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

const cli = require.resolve("prisma/build/index.js");
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: projectRoot,
  env,
  stdio: "inherit",
});

// A stop asked of this script (Ctrl-C, a supervisor's SIGTERM) must reach the CLI.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("error", (error) => {
  console.error(`Could not start the Prisma CLI: ${error.message}`);
  process.exit(127);
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
