import { runCommand } from "./run-command.mjs";

/**
 * Builds the production app. Always a full `next build`: its own cache keeps a rebuild
 * short, and guessing staleness from file dates would sometimes serve an old build.
 * Resolves to true when the build succeeded.
 */
export async function buildApp() {
  return (await runCommand("next", ["build"])) === 0;
}
