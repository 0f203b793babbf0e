import "next-auth";
import "next-auth/jwt";
import type { Role } from "@/lib/auth/policy";

declare module "next-auth" {
  interface Session {
    // Read from the database by the session callback on every request (lib/auth/auth-options.ts):
    // absent when the session has ended, the account is disabled or its role has changed.
    user?: { id: string; sessionVersion: number; name: string; email: string; role: Role };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}
