import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));

const localBin = path.join(projectRoot, "node_modules", ".bin");

/**
 * Runs a project tool (next, vitest, playwright...) in the project root and resolves to its
 * exit code. Output streams straight through so people see progress as it happens.
 */
export function runCommand(command, args = [], env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      stdio: "inherit",
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
        // The project's own tools first, so `node scripts/...` works outside `npm run` too.
        PATH: `${localBin}${path.delimiter}${process.env.PATH ?? ""}`,
      },
    });

    // A stop asked of this script (Ctrl-C, a supervisor's SIGTERM) must reach the tool,
    // or a server would outlive the script that started it.
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    const done = (code) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code);
    };

    child.on("error", (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      done(127);
    });
    child.on("exit", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Runs a command's `main` and exits with the code it resolves to; a failure is said in one line,
 * "<name> failed: <message>", and exits with 1.
 * @param {string} name
 * @param {() => Promise<number>} main
 */
export function runMain(name, main) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
