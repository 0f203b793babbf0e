"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Signing out ends every session of the account (lib/auth/auth-options.ts, events.signOut). */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="small"
      pending={pending}
      pendingLabel="Signing out…"
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/" }).catch(() => setPending(false));
      }}
    >
      Sign out
    </Button>
  );
}
