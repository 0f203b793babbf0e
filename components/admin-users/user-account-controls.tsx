"use client";

import { RowOutcome } from "@/components/admin/row-outcome";
import { actionPermalink } from "@/components/forms/action-permalink";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Options } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import type { StaffMember } from "@/lib/data/users";
import { ROLE_LABELS, ROLE_VALUES, type InviteUserInput } from "@/lib/validation/users";
import styles from "./admin-users.module.css";
import { useMessages } from "@/lib/i18n/client";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";

type Role = InviteUserInput["role"];

/** An account after a change of role or access; `changed` is false when it already was so. */
export type AccountChange = StaffMember & { disabled: boolean; changed: boolean };

export type AccountAction = FormAction<ActionResult<AccountChange> | null>;

/** The server actions of the accounts table, passed down from the page. */
export interface AccountActions {
  changeRole: AccountAction;
  disable: AccountAction;
  enable: AccountAction;
}

/** Change one account's role. */
export function ChangeRoleForm({
  userId,
  name,
  role,
  changeRole,
}: {
  userId: string;
  name: string;
  role: Role;
  changeRole: AccountAction;
}) {
  const t = useMessages(ADMIN_MESSAGES).userAccountControls;
  const id = `role-${userId}`;
  const { state, pending, form, failure } = useFormAction(changeRole, {
    permalink: actionPermalink("/admin/users", id),
  });
  const error = failure ? (failure.fields?.role ?? failure.message) : null;
  return (
    <form {...form} className={styles.inline}>
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="visually-hidden">
        {t.roleOf(name)}
      </label>
      <select
        id={id}
        name="role"
        defaultValue={role}
        key={role}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <Options values={ROLE_VALUES} label={(value) => ROLE_LABELS[value]} />
      </select>
      <Button
        type="submit"
        variant="secondary"
        size="small"
        pending={pending}
        pendingLabel={t.saving}
        aria-label={t.changeRoleOf(name)}
      >
        {t.changeRole}
      </Button>
      <RowOutcome id={`${id}-error`} error={error} done={state?.ok ? roleDone(state.data) : null} />
    </form>
  );
}

function roleDone(change: AccountChange): string {
  if (!change.changed) return `Already ${ROLE_LABELS[change.role].toLowerCase()}.`;
  return `Now ${ROLE_LABELS[change.role].toLowerCase()}. They were signed out and sign in again to use it.`;
}

/** Disable an account (ending its sessions) or enable it again. */
export function AccountAccessForm({
  userId,
  name,
  disabled,
  actions,
}: {
  userId: string;
  name: string;
  disabled: boolean;
  actions: AccountActions;
}) {
  const t = useMessages(ADMIN_MESSAGES).userAccountControls;
  const id = `access-${userId}`;
  const { pending, form, failure } = useFormAction(disabled ? actions.enable : actions.disable, {
    permalink: actionPermalink("/admin/users", id),
  });
  const label = disabled ? "Enable" : "Disable";
  return (
    <form id={id} {...form} className={styles.inline}>
      <input type="hidden" name="userId" value={userId} />
      <Button
        type="submit"
        variant={disabled ? "secondary" : "danger"}
        size="small"
        pending={pending}
        pendingLabel={t.saving}
        aria-label={`${label} ${name}`}
      >
        {label}
      </Button>
      <RowOutcome id={`${id}-error`} error={failure?.message ?? null} done={null} />
    </form>
  );
}
