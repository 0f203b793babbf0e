"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { inviteUserAction, type Invitation, type InvitationResult } from "@/app/admin/users/actions";
import { ROLE_LABELS, ROLE_VALUES } from "@/lib/validation/users";
import styles from "./admin-users.module.css";

/** Invite someone: the account is made at once, with a password shown here once. */
export function InviteUserForm() {
  const [state, formAction, pending] = useActionState<InvitationResult | null, FormData>(inviteUserAction, null, actionPermalink("/admin/users"));
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? (state.error.fields ?? {}) : {};
  const formError = state && !state.ok && !state.error.fields ? state.error.message : null;
  // What a refused invitation had in it; empty after one that worked.
  const typed = state && !state.ok ? state.submitted : undefined;

  // Cleared only once the account exists: a refused invitation keeps what was typed.
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  function submitWithoutReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <>
      <form ref={form} action={formAction} onSubmit={submitWithoutReset} className={styles.inviteForm} noValidate>
        <Field name="name" label="Name" error={errors.name}>
          <input id="invite-name" name="name" autoComplete="off" defaultValue={typed?.name} {...invalid("name", errors.name)} />
        </Field>
        <Field name="email" label="Email" error={errors.email}>
          <input id="invite-email" name="email" type="email" autoComplete="off" spellCheck={false} defaultValue={typed?.email} {...invalid("email", errors.email)} />
        </Field>
        <Field name="role" label="Role" error={errors.role}>
          <select id="invite-role" name="role" defaultValue={typed?.role || "editor"} {...invalid("role", errors.role)}>
            {ROLE_VALUES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className={`button ${styles.inviteButton}`} disabled={pending}>
          {pending ? "Inviting…" : "Invite"}
        </button>
      </form>

      <div aria-live="polite">
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        {state?.ok && <OneTimePassword invitation={state.data} />}
      </div>
    </>
  );
}

function invalid(name: string, error: string | undefined) {
  return error ? { "aria-invalid": true, "aria-describedby": `invite-${name}-error` } : {};
}

function Field({ name, label, error, children }: { name: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className={`field ${styles.inviteField}`}>
      <label htmlFor={`invite-${name}`}>{label}</label>
      {children}
      {error && (
        <p id={`invite-${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function OneTimePassword({ invitation }: { invitation: Invitation }) {
  const { user, password } = invitation;
  return (
    <section className={styles.password} aria-labelledby="one-time-password-heading">
      <h3 id="one-time-password-heading">
        {user.name} can now sign in as {ROLE_LABELS[user.role].toLowerCase()}
      </h3>
      <p>
        Give them this password in person or by a private channel. It is shown only this once: it is stored only
        as a hash, and leaving this page loses it.
      </p>
      <dl className={styles.credentials}>
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>One-time password</dt>
          <dd>
            <code data-testid="one-time-password">{password}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}
