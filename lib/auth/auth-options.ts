import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordSecurityEvent } from "@/lib/data/audit";
import { clearAccount, lockedUntil, recordFailure, type ThrottleKey } from "@/lib/data/sign-in-throttle";
import { endSessions, findActiveStaffMember, findUserForSignIn, normalizeEmail } from "@/lib/data/users";
import { authSecret } from "./auth-secret";
import { spendTimeLikeAPasswordCheck, verifyPassword } from "./password";

// Sessions last at most 12 hours: a shift, not a week.
const SESSION_SECONDS = 12 * 60 * 60;

/** One answer for an unknown email, a wrong password and a disabled account: no one learns which. */
export const SIGN_IN_REFUSED = "Wrong email or password.";
export const SIGN_IN_THROTTLED = "Too many failed attempts. Wait a few minutes, then try again.";

const Credentials = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  jwt: { maxAge: SESSION_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const address = clientAddress(req?.headers);
        const parsed = Credentials.safeParse(credentials);
        if (!parsed.success) {
          await recordSecurityEvent({ kind: "sign_in_refused", address, detail: "invalid_input" });
          throw new Error(SIGN_IN_REFUSED);
        }
        const email = normalizeEmail(parsed.data.email);
        const keys: ThrottleKey[] = [
          { kind: "account", value: email },
          { kind: "address", value: address },
        ];
        if (await lockedUntil(keys)) {
          await recordSecurityEvent({ kind: "sign_in_locked", email, address });
          throw new Error(SIGN_IN_THROTTLED);
        }

        const user = await findUserForSignIn(email);
        if (!user) await spendTimeLikeAPasswordCheck(parsed.data.password);
        const passwordOk = user !== null && (await verifyPassword(parsed.data.password, user.passwordHash));
        if (!passwordOk || !user || user.disabled) {
          await recordFailure(keys);
          // The reason is for the admins' audit page only: the person is told the same thing in every case.
          const detail = !user ? "unknown_email" : !passwordOk ? "wrong_password" : "disabled";
          await recordSecurityEvent({ kind: "sign_in_refused", email, userId: user?.id ?? null, address, detail });
          throw new Error(SIGN_IN_REFUSED);
        }
        await clearAccount(email);
        await recordSecurityEvent({ kind: "sign_in", email, userId: user.id, address });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
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
        await recordSecurityEvent({ kind: "sign_out", userId: token.sub, email: token.email ?? null });
      }
    },
  },
};
