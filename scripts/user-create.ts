// `npm run user:create -- --email E --name N --role editor|reviewer|admin [--password-stdin]`
// Creates an account and prints its generated password once, or takes the password from
// standard input. Bad input exits 1 with one line on standard error; no stack traces.
// Run with `--conditions=react-server` so lib/data's `import "server-only"` is the empty module.
import { readFileSync } from "node:fs";
import { generatePassword, hashPassword, passwordProblem } from "@/lib/auth/password";
import { databaseLocation } from "@/lib/data/database-location";
import { inviteUserInput } from "@/lib/validation/users";

const USAGE = "usage: npm run user:create -- --email E --name N --role editor|reviewer|admin [--password-stdin]";

class UsageError extends Error {}

interface Options {
  email?: string;
  name?: string;
  role?: string;
  passwordStdin: boolean;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { passwordStdin: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--password-stdin") {
      options.passwordStdin = true;
      continue;
    }
    if (arg === "--help" || arg === "-h") throw new UsageError(USAGE);
    const match = /^--(email|name|role)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`unknown option ${arg} (${USAGE})`);
    const key = match[1] as "email" | "name" | "role";
    const value = match[2] ?? args[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith("--"))) {
      throw new UsageError(`--${key} needs a value`);
    }
    if (options[key] !== undefined) throw new UsageError(`--${key} is given twice`);
    options[key] = value;
  }
  for (const key of ["email", "name", "role"] as const) {
    if (options[key] === undefined) throw new UsageError(`--${key} is missing (${USAGE})`);
  }
  return options;
}

/** The password piped in: one line; only the line break that ends it is removed. */
function readPasswordFromStdin(): string {
  if (process.stdin.isTTY)
    throw new UsageError('--password-stdin reads the password from a pipe, e.g. `printf %s "$PW" | npm run ...`');
  return readFileSync(0, "utf8").replace(/\r?\n$/, "");
}

/** One line about a database failure, in words someone running the command can act on. */
function databaseMessage(error: unknown, file: string): string {
  const code = (error as { code?: unknown }).code;
  if (code === "P2021") return `the database ${file} has no tables yet: run \`npm run db:migrate\` first`;
  const first = error instanceof Error ? (error.message.trim().split("\n").at(-1) ?? "") : String(error);
  return `could not write to the database ${file} (${first.trim()})`;
}

function postgresName(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const parsed = inviteUserInput.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${String(issue?.path[0] ?? "input")}: ${issue?.message ?? "not valid"}`);
  }
  const { email, name, role } = parsed.data;

  // The SQLite file or the PostgreSQL database (host and name, never the password), for messages.
  let file: string;
  try {
    const location = databaseLocation();
    file = location.provider === "sqlite" ? location.file : postgresName(location.url);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }

  let password = generatePassword();
  if (options.passwordStdin) {
    password = readPasswordFromStdin();
    if (password === "") throw new UsageError("--password-stdin: standard input held no password");
    const problem = passwordProblem(password, email);
    if (problem) throw new UsageError(`the password from standard input is refused: ${problem}`);
  }

  let created;
  try {
    // Loaded only now: opening the database must come after DATABASE_URL is known to be good.
    const { createUser } = await import("@/lib/data/users");
    created = await createUser({ email, name, role, passwordHash: await hashPassword(password) }, null);
  } catch (error) {
    process.stderr.write(`user:create: ${databaseMessage(error, file)}\n`);
    return 2;
  }
  if (created === "email_taken") throw new UsageError(`an account for ${email} already exists`);

  process.stdout.write(`Created ${created.role} ${created.name} <${created.email}>.\n`);
  if (!options.passwordStdin) {
    process.stdout.write(`Password (shown once, not stored in clear anywhere): ${password}\n`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`user:create: ${error.message}\n`);
      process.exit(1);
    }
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    process.stderr.write(`user:create: internal error (${detail})\n`);
    process.exit(2);
  },
);
