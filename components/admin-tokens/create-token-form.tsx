"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { createApiTokenAction, type NewToken } from "@/app/admin/tokens/actions";
import type { ActionResult } from "@/lib/auth/action-result";
import { API_TOKEN_SCOPE_LABELS, API_TOKEN_SCOPES } from "@/lib/auth/api-token";
import { ROLE_LABELS } from "@/lib/validation/users";
import usersStyles from "@/components/admin-users/admin-users.module.css";
import styles from "./admin-tokens.module.css";

export interface TokenAccount {
  id: string;
  name: string;
  email: string;
  role: keyof typeof ROLE_LABELS;
}

/** A new token: a name, a scope and the account it acts as; the token is shown here once. */
export function CreateTokenForm({ accounts, selfId }: { accounts: TokenAccount[]; selfId: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<NewToken> | null, FormData>(createApiTokenAction, null, actionPermalink("/admin/tokens"));
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? (state.error.fields ?? {}) : {};
  const formError = state && !state.ok && !state.error.fields ? state.error.message : null;

  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  // Sent by hand: a refused form keeps what was typed.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const invalid = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `token-${name}-error` } : {});
  const error = (name: string) =>
    errors[name] && (
      <p id={`token-${name}-error`} className="field-error">
        {errors[name]}
      </p>
    );

  return (
    <>
      <form ref={form} action={formAction} onSubmit={submit} className={styles.form} noValidate>
        <div className={`field ${styles.field}`}>
          <label htmlFor="token-name">Name</label>
          <input id="token-name" name="name" autoComplete="off" placeholder="Wire desk importer" {...invalid("name")} />
          {error("name")}
        </div>
        <div className={`field ${styles.field}`}>
          <label htmlFor="token-scope">May</label>
          <select id="token-scope" name="scope" defaultValue="read" {...invalid("scope")}>
            {API_TOKEN_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {API_TOKEN_SCOPE_LABELS[scope]}
              </option>
            ))}
          </select>
          {error("scope")}
        </div>
        <div className={`field ${styles.field}`}>
          <label htmlFor="token-actingUserId">Acts as</label>
          <select id="token-actingUserId" name="actingUserId" defaultValue={selfId} {...invalid("actingUserId")}>
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name} ({ROLE_LABELS[account.role].toLowerCase()}, {account.email})
              </option>
            ))}
          </select>
          {error("actingUserId")}
        </div>
        <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
      <div aria-live="polite">
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        {state?.ok && <OneTimeToken created={state.data} />}
      </div>
    </>
  );
}

function OneTimeToken({ created }: { created: NewToken }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const { token, listing } = created;

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }

  return (
    <section className={usersStyles.password} aria-labelledby="one-time-token-heading">
      <h3 id="one-time-token-heading">Token “{listing.name}” created</h3>
      <p>
        <strong>Copy it now: it is shown only this once.</strong> Only a hash of it is stored, and leaving this page loses
        it. Keep it as you would a password; anyone holding it can {listing.scope === "read" ? "read" : "write drafts"} as{" "}
        {listing.actingUser.name}.
      </p>
      <p className={styles.token}>
        <code data-testid="one-time-token">{token}</code>
        <button type="button" className={usersStyles.secondary} onClick={copy}>
          Copy token
        </button>
        <span role="status">{copied === "yes" ? "Copied." : copied === "no" ? "Could not copy: select the token and copy it." : ""}</span>
      </p>
    </section>
  );
}
