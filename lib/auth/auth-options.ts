import "server-only";
import NextAuth, { type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { z } from "zod";
import { recordSecurityEvent } from "@/lib/data/audit";
import { signInSucceeded, takeSignInTurn } from "@/lib/data/sign-in-throttle";
import { endSessions, findActiveStaffMember, findUserForSignIn, normalizeEmail } from "@/lib/data/users";
import { requestClient } from "@/lib/security/client-address";
import { safeReturnPath } from "@/lib/validation/return-path";
import { authSecret } from "./auth-secret";
import { spendTimeLikeAPasswordCheck, verifyPassword } from "./password";

// Sessions last at most 12 hours: a shift, not a week.
const SESSION_SECONDS = 12 * 60 * 60;

/** One answer for an unknown email, a wrong password and a disabled account: no one learns which. */
export const SIGN_IN_REFUSED = "Wrong email or password.";
/** How every "wait" answer starts; the sign-in form shows only server messages that start so. */
export const SIGN_IN_THROTTLED = "Too many attempts from this address: try again in ";

/** "Too many attempts from this address: try again in 16 seconds." (minutes from two on). */
export function signInThrottledMessage(waitSeconds: number): string {
  const wait =
    waitSeconds < 120
      ? `${waitSeconds} second${waitSeconds === 1 ? "" : "s"}`
      : `${Math.ceil(waitSeconds / 60)} minutes`;
  return `${SIGN_IN_THROTTLED}${wait}.`;
}

const Credentials = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

/** The address a sign-in comes from: next-auth gives authorize() the request's headers only. */
function signInAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return requestClient(typeof forwarded === "string" ? forwarded : null);
}

/**
 * Where next-auth may send someone (its callbackUrl, from a link, a form or a cookie): a page of
 * this site, else the dashboard. next-auth's own check runs `new URL()` on it, which throws on
 * "%ZZ" and answered 500; a control character or a non-Latin letter in a Location header did too.
 * The URL parser writes the path back percent-encoded, so the header is always plain ASCII.
 */
export function signInRedirect(url: string, baseUrl: string): string {
  const path = safeReturnPath(url, baseUrl);
  try {
    decodeURI(path);
    const target = new URL(path, baseUrl);
    if (target.origin === new URL(baseUrl).origin) return target.href;
  } catch {
    // An unreadable path (a lone "%", "%ZZ") or base: the fallback below.
  }
  return new URL(safeReturnPath(null), baseUrl).href;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  jwt: { maxAge: SESSION_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const address = signInAddress(req?.headers);
        const parsed = Credentials.safeParse(credentials);
        if (!parsed.success) {
          await recordSecurityEvent({ kind: "sign_in_refused", address, detail: "invalid_input" });
          throw new Error(SIGN_IN_REFUSED);
        }
        const email = normalizeEmail(parsed.data.email);
        // Counted before the password is checked: attempts sent all at once each take a turn.
        const turn = await takeSignInTurn(email, address);
        if (!turn.ok) {
          const detail =
            turn.limit === "address"
              ? `too many failures from this address, for any account (wait ${turn.waitSeconds} s)`
              : `too many failures for this account from this address (wait ${turn.waitSeconds} s)`;
          await recordSecurityEvent({ kind: "sign_in_locked", email, address, detail });
          throw new Error(signInThrottledMessage(turn.waitSeconds));
        }

        const user = await findUserForSignIn(email);
        if (!user) await spendTimeLikeAPasswordCheck(parsed.data.password);
        const passwordOk = user !== null && (await verifyPassword(parsed.data.password, user.passwordHash));
        if (!passwordOk || !user || user.disabled) {
          // The failure is already counted: its turn is not given back.
          // The reason is for the admins' audit page only: the person is told the same thing in every case.
          const detail = !user ? "unknown_email" : !passwordOk ? "wrong_password" : "disabled";
          await recordSecurityEvent({
            kind: "sign_in_refused",
            email,
            userId: user?.id ?? null,
            address,
            detail,
          });
          throw new Error(SIGN_IN_REFUSED);
        }
        await signInSucceeded(email, address);
        await recordSecurityEvent({ kind: "sign_in", email, userId: user.id, address });
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    redirect({ url, baseUrl }) {
      return signInRedirect(url, baseUrl);
    },
    // The cookie carries who and which session, never the role: the role is read from the
    // database on every request, so a change reaches old cookies at once.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    // /api/auth/session answers only for a session that is still alive: after a sign-out, a
    // disabled account or a role change, an old cookie learns nothing (not even a name).
    async session({ session, token }) {
      const member = token.sub ? await findActiveStaffMember(token.sub, token.sessionVersion ?? 0) : null;
      if (!member) return { expires: session.expires } as typeof session;
      return { ...session, user: { ...member, sessionVersion: token.sessionVersion ?? 0 } };
    },
  },
  events: {
    // Signing out ends every session of the account, so a copied cookie dies with it.
    async signOut({ token }) {
      if (token?.sub) {
        await endSessions(token.sub);
        await recordSecurityEvent({
          kind: "sign_out",
          userId: token.sub,
          email: token.email ?? null,
        });
      }
    },
  },
};

const nextAuthRoutes = NextAuth(authOptions);

// The cookie next-auth keeps the callbackUrl in, over http and over https.
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** What next-auth accepts before asking our `redirect` callback: a path, or an http(s) URL. */
function acceptedByNextAuth(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * next-auth's routes (/api/auth/*), its callbackUrl made safe first. next-auth checks the
 * parameter and its cookie before any option of ours runs, and answers 500 ("server
 * configuration") to "%ZZ", "javascript:…" or any text that is not a URL. Such a parameter is
 * replaced by the page `signInRedirect` chooses, and such a cookie dropped; what next-auth
 * accepts goes on to the `redirect` callback, which keeps only this site's pages.
 */
export async function authRoute(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const origin = request.nextUrl.origin;
  const given = request.nextUrl.searchParams.get("callbackUrl");
  let forNextAuth = request;
  if (given !== null && !acceptedByNextAuth(given, origin)) {
    const url = new URL(request.url);
    const safe = new URL(signInRedirect(given, origin));
    url.searchParams.set("callbackUrl", `${safe.pathname}${safe.search}${safe.hash}`);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    forNextAuth = new NextRequest(url, {
      method: request.method,
      headers: request.headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
    });
  }
  const jar = await cookies();
  for (const name of CALLBACK_COOKIES) {
    const value = jar.get(name)?.value;
    if (value !== undefined && !acceptedByNextAuth(value, origin)) jar.delete(name);
  }
  return nextAuthRoutes(forNextAuth, context);
}
