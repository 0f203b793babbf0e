import "server-only";
import { env } from "@/lib/env";

/**
 * The key that signs session cookies. `npm start` and the test runner generate one per machine
 * (scripts/auth-secret.mjs) and pass it in NEXTAUTH_SECRET; there is no default to forget.
 */
export function authSecret(): string | undefined {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("NEXTAUTH_SECRET is not set: start the app with `npm start`, which creates one.");
  }
  return secret;
}
