"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import styles from "./staff-nav.module.css";

/** Signing out ends every session of the account (lib/auth/auth-options.ts, events.signOut). */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={styles.signOut}
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/" }).catch(() => setPending(false));
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
