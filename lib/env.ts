import { z } from "zod";
import { checkPublicOrigin } from "@/lib/public/public-origin";
import { parseTrustedProxies, type TrustedProxies } from "@/lib/security/client-address";
import { parseAllowedHosts, type AllowedHost } from "@/lib/webhooks/allowed-hosts";

// Every environment variable the app reads, parsed in one place with zod. The server checks them
// all when it starts (instrumentation.ts), and so does `npm start` before it builds
// (scripts/check-environment.ts): a mistake is one line naming the variable, never a default
// taken in silence or a stack trace an hour later. Code reads `env()`, never process.env.
// DATABASE_URL is checked apart (lib/data/database-check.ts), as it needs the file system;
// NODE_ENV, NEXT_PHASE and NEXT_RUNTIME belong to Next.
// No "server-only" here: the tsx start-up check loads this module too.

type Source = Record<string, string | undefined>;

/** A whole number of at least 1, or `fallback` when the variable is unset or empty. */
function positive(what: string, fallback: number): z.ZodType<number, string | undefined>;
function positive(what: string): z.ZodType<number | undefined, string | undefined>;
function positive(what: string, fallback?: number): z.ZodType<number | undefined, string | undefined> {
  return z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return fallback;
      if (!/^\d{1,9}$/.test(value.trim()) || Number(value) < 1) {
        context.addIssue({
          code: "custom",
          message: `must be ${what}, a whole number of at least 1 (it is "${value}")`,
        });
        return z.NEVER;
      }
      return Number(value);
    });
}

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const fields = z.object({
  DATABASE_URL: optionalText,
  DATABASE_WRITE_WAIT_MS: positive("milliseconds", 10_000),
  DATABASE_POOL_SIZE: positive("a number of connections", 10),
  /** Tests only: fail every Nth COMMIT as a full disk would (e2e/durability/faults.spec.ts). */
  DATABASE_FAULT_COMMIT_EVERY: optionalText,
  IMPORT_STALE_AFTER_MS: positive("milliseconds", 2 * 60_000),
  NEXTAUTH_SECRET: optionalText,
  NEXTAUTH_URL: optionalText,
  PUBLIC_ORIGIN: optionalText,
  PORT: optionalText,
  TRUSTED_PROXIES: optionalText,
  WEBHOOK_RETRY_BASE_MS: positive("milliseconds", 10_000),
  WEBHOOK_TICK_MS: positive("milliseconds"),
  WEBHOOK_ALLOWED_HOSTS: optionalText,
});

type Fields = z.output<typeof fields>;

const SETTINGS = Object.keys(fields.shape);

export interface Environment extends Fields {
  /** PUBLIC_ORIGIN, else NEXTAUTH_URL's origin, else http://localhost:PORT (lib/public/public-origin.ts). */
  publicOrigin: string;
  trustedProxies: TrustedProxies;
  /** WEBHOOK_TICK_MS, else half the retry base between 100 ms and 5 s. */
  webhookTickMs: number;
  webhookAllowedHosts: AllowedHost[];
}

export type EnvironmentCheck = { ok: true; env: Environment } | { ok: false; problems: string[] };

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** Reads `source` (process.env by default): the parsed settings, or one line per mistake, all at once. */
export function checkEnvironment(source: Source = process.env): EnvironmentCheck {
  const parsed = fields.safeParse(source);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}.`);
  const origin = checkPublicOrigin({
    PUBLIC_ORIGIN: text(source.PUBLIC_ORIGIN),
    NEXTAUTH_URL: text(source.NEXTAUTH_URL),
    PORT: text(source.PORT),
  });
  if (!origin.ok) problems.push(origin.problem);
  const proxies = parseTrustedProxies(source.TRUSTED_PROXIES);
  if (!proxies.ok) problems.push(proxies.problem);
  if (!parsed.success || !origin.ok || !proxies.ok) return { ok: false, problems };

  const settings = parsed.data;
  return {
    ok: true,
    env: {
      ...settings,
      publicOrigin: origin.origin,
      trustedProxies: proxies.proxies,
      webhookTickMs:
        settings.WEBHOOK_TICK_MS ?? Math.min(5_000, Math.max(100, Math.round(settings.WEBHOOK_RETRY_BASE_MS / 2))),
      webhookAllowedHosts: parseAllowedHosts(settings.WEBHOOK_ALLOWED_HOSTS),
    },
  };
}

/** The settings `source` gives (a test's), or this process's; a mistake throws its lines. */
export function environmentOf(source?: Source): Environment {
  if (!source) return env();
  const checked = checkEnvironment(source);
  if (!checked.ok) throw new Error(checked.problems.join(" "));
  return checked.env;
}

let current: { key: string; env: Environment } | undefined;

/**
 * This process's settings, parsed again only when one of them changed (a test may set one). The
 * server refuses to start with a mistake in them (instrumentation.ts), so the throw here is for
 * a script run without that check.
 */
export function env(): Environment {
  const key = SETTINGS.map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (current?.key !== key) {
    const checked = checkEnvironment();
    if (!checked.ok) throw new Error(checked.problems.join(" "));
    current = { key, env: checked.env };
  }
  return current.env;
}
