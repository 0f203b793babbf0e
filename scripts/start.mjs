// `npm start`: build the app, then serve it on every interface at PORT (default 3000).
import { buildApp } from "./build-app.mjs";
import { runCommand } from "./run-command.mjs";

const port = process.env.PORT ?? "3000";

/** Everything that must be ready before the server takes its first request. */
async function prepare() {
  return buildApp();
}

if (!(await prepare())) {
  console.error("\nClaim Tracker was not started: the build failed (see above).");
  process.exit(1);
}

console.log(`\nClaim Tracker: http://localhost:${port} (listening on 0.0.0.0:${port})\n`);
process.exit(await runCommand("next", ["start", "-H", "0.0.0.0", "-p", port]));
