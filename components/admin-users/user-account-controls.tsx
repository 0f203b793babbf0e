"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { changeUserRoleAction, disableUserAction, enableUserAction, type AccountChange } from "@/app/admin/users/actions";
import type { ActionResult } from "@/lib/auth/action-result";
import { ROLE_LABELS, ROLE_VALUES, type InviteUserInput } from "@/lib/validation/users";
import styles from "./admin-users.module.css";

type Role = InviteUserInput["role"];
type State = ActionResult<AccountChange> | null;

function useAccountAction(action: (previous: unknown, form: FormData) => Promise<ActionResult<AccountChange>>, anchor: string) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null, actionPermalink("/admin/users", anchor));
  // Submitted by hand so React does not reset the select to its first option afterwards.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, pending, onSubmit };
}

/** Change one account's role. */
export function ChangeRoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const id = `role-${userId}`;
  const { state, formAction, pending, onSubmit } = useAccountAction(changeUserRoleAction, id);
  const error = state && !state.ok ? (state.error.fields?.role ?? state.error.message) : null;
  return (
    <form action={formAction} onSubmit={onSubmit} className={styles.inline} noValidate>
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="visually-hidden">
        Role of {name}
      </label>
      <select
        id={id}
        name="role"
        defaultValue={role}
        key={role}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {ROLE_VALUES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </select>
      <button type="submit" className={styles.secondary} disabled={pending} aria-label={`Change role of ${name}`}>
        {pending ? "Saving…" : "Change role"}
      </button>
      <Outcome id={`${id}-error`} error={error} done={state?.ok ? roleDone(state.data) : null} />
    </form>
  );
}

function roleDone(change: AccountChange): string {
  if (!change.changed) return `Already ${ROLE_LABELS[change.role].toLowerCase()}.`;
  return `Now ${ROLE_LABELS[change.role].toLowerCase()}. They were signed out and sign in again to use it.`;
}

/** Disable an account (ending its sessions) or enable it again. */
export function AccountAccessForm({ userId, name, disabled }: { userId: string; name: string; disabled: boolean }) {
  const id = `access-${userId}`;
  const { state, formAction, pending, onSubmit } = useAccountAction(disabled ? enableUserAction : disableUserAction, id);
  const error = state && !state.ok ? state.error.message : null;
  const label = disabled ? "Enable" : "Disable";
  return (
    <form id={id} action={formAction} onSubmit={onSubmit} className={styles.inline}>
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        className={disabled ? styles.secondary : styles.danger}
        disabled={pending}
        aria-label={`${label} ${name}`}
      >
        {pending ? "Saving…" : label}
      </button>
      <Outcome id={`${id}-error`} error={error} done={null} />
    </form>
  );
}

function Outcome({ id, error, done }: { id: string; error: string | null; done: string | null }) {
  if (error) {
    return (
      <p id={id} className={`field-error ${styles.outcome}`} role="alert">
        {error}
      </p>
    );
  }
  if (done) {
    return (
      <p className={styles.outcome} role="status">
        {done}
      </p>
    );
  }
  return null;
}
