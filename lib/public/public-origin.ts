// The one address every absolute URL the app hands out is built on: feed ids and links, the
// API's links, ClaimReview's url, Location headers, the sitemap, webhook payloads. Configured,
// never read from a request: a Host or X-Forwarded-Host header is whatever the sender wrote, and
// a shared cache or a feed reader would keep a forged one for everyone (an Atom id must not
// change with the host name either, RFC 4287 section 4.2.6).
// No "server-only" here: the tsx start-up check (scripts/check-environment.ts) loads it too.
import { environmentOf } from "@/lib/env";

type Environment = Record<string, string | undefined>;

export type PublicOriginCheck = { ok: true; origin: string } | { ok: false; problem: string };

const EXAMPLE = "such as https://claims.example.org";

/** The origin `value` names, or the one line saying why `name` cannot be used. */
function originOf(name: string, value: string, originOnly: boolean): PublicOriginCheck {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      ok: false,
      problem: `${name} is not an absolute URL: set it to the address readers use, ${EXAMPLE}.`,
    };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      ok: false,
      problem: `${name} must start with http:// or https://, ${EXAMPLE} (it starts with ${url.protocol}).`,
    };
  }
  // The value is printed nowhere, so a password written into it stays out of the log.
  if (url.username || url.password)
    return {
      ok: false,
      problem: `${name} must not hold a user name or password: set the origin only, ${EXAMPLE}.`,
    };
  if (originOnly && (url.pathname !== "/" || url.search || url.hash)) {
    return {
      ok: false,
      problem: `${name} must be an origin only, with no path, query or fragment, ${EXAMPLE}: the app is served at the root of its address.`,
    };
  }
  return { ok: true, origin: url.origin };
}

/**
 * PUBLIC_ORIGIN when set; else the origin of NEXTAUTH_URL (next-auth allows a path there, the
 * origin is what counts); else, for development and tests, http://localhost:PORT. A value that
 * is not an http(s) origin is refused with one line naming the variable.
 */
export function checkPublicOrigin(env: Environment): PublicOriginCheck {
  if (env.PUBLIC_ORIGIN) return originOf("PUBLIC_ORIGIN", env.PUBLIC_ORIGIN, true);
  if (env.NEXTAUTH_URL) return originOf("NEXTAUTH_URL", env.NEXTAUTH_URL, false);
  return { ok: true, origin: `http://localhost:${env.PORT || "3000"}` };
}

/**
 * The configured public origin, "https://claims.example.org", from lib/env.ts (or from the
 * settings a test gives). The server refuses to start with a bad one (instrumentation.ts).
 */
export function publicOrigin(source?: Environment): string {
  return environmentOf(source).publicOrigin;
}
