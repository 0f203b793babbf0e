"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useMessages } from "@/lib/i18n/client";
import { STAFF_NAV_MESSAGES } from "@/lib/i18n/messages/staff/nav";

/** Signing out ends every session of the account (lib/auth/auth-options.ts, events.signOut). */
export function SignOutButton() {
  const t = useMessages(STAFF_NAV_MESSAGES);
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="small"
      pending={pending}
      pendingLabel={t.signingOut}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/" }).catch(() => setPending(false));
      }}
    >
      {t.signOut}
    </Button>
  );
}
