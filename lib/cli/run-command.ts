import { readFileSync } from "node:fs";
import { InputError } from "./input-error";

type Command = (args: readonly string[], input: string) => string;

/**
 * Runs a command over all of standard input. Bad input exits 1 with one line on stderr;
 * an unexpected failure exits 2, also in one line: a user never sees a stack trace.
 */
export function runCommand(name: string, command: Command): void {
  try {
    const input = readFileSync(0, "utf8");
    process.stdout.write(command(process.argv.slice(2), input));
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
      process.stderr.write(`${name}: internal error (${detail})\n`);
      process.exitCode = 2;
    }
  }
}
