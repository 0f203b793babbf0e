"use client";

import { RowOutcome } from "@/components/admin/row-outcome";
import { actionPermalink } from "@/components/forms/action-permalink";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { RowButtonForm } from "@/components/admin/row-button-form";
import { Button } from "@/components/ui/button";
import { Options } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import type { StaffMember } from "@/lib/data/users";
import { ROLE_VALUES, type InviteUserInput } from "@/lib/validation/users";
import styles from "./admin-users.module.css";
import { useMessages } from "@/lib/i18n/client";
import { ADMIN_MESSAGES, type AdminMessages } from "@/lib/i18n/messages/staff/admin";
import { LABEL_MESSAGES, type RoleNames } from "@/lib/i18n/messages/staff/labels";

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
  const labels = useMessages(LABEL_MESSAGES);
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
        <Options values={ROLE_VALUES} label={(value) => labels.roles[value]} />
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
      <RowOutcome id={`${id}-error`} error={error} done={state?.ok ? roleDone(state.data, t, labels.roles) : null} />
    </form>
  );
}

function roleDone(change: AccountChange, t: AdminMessages["userAccountControls"], roles: RoleNames): string {
  const role = roles[change.role].toLowerCase();
  return change.changed ? t.nowRole(role) : t.alreadyRole(role);
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
  const access = useFormAction(disabled ? actions.enable : actions.disable, {
    permalink: actionPermalink("/admin/users", id),
  });
  return (
    <RowButtonForm
      id={id}
      action={access}
      fields={{ userId }}
      variant={disabled ? "secondary" : "danger"}
      pendingLabel={t.saving}
      label={disabled ? t.enableName(name) : t.disableName(name)}
      className={styles.inline}
      after={<RowOutcome id={`${id}-error`} error={access.failure?.message ?? null} done={null} />}
    >
      {disabled ? t.enable : t.disable}
    </RowButtonForm>
  );
}
