import { runCommand } from "./run-command.mjs";

/**
 * Builds the production app. Always a full `next build`: its own cache keeps a rebuild
 * short, and guessing staleness from file dates would sometimes serve an old build.
 * `env` names the database and secret the build may read (a page prerendered at build time
 * reads the same database the server will). Resolves to true when the build succeeded.
 */
export async function buildApp(env = {}) {
  return (await runCommand("next", ["build"], env)) === 0;
}
