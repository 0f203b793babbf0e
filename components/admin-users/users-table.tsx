import { StateBadge } from "@/components/admin/state-badge";
import { CellLabel, DataTable } from "@/components/ui/data-table";
import type { UserListing } from "@/lib/data/users";
import styles from "./admin-users.module.css";
import { AccountAccessForm, ChangeRoleForm, type AccountActions } from "./user-account-controls";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { messagesFor } from "@/lib/i18n/server";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

/** Every account, with its controls; the admin's own row has none (mayManageUser). */
export async function UsersTable({
  users,
  selfId,
  actions,
}: {
  users: UserListing[];
  selfId: string;
  actions: AccountActions;
}) {
  const t = (await messagesFor(ADMIN_MESSAGES)).usersTable;
  const labels = await messagesFor(LABEL_MESSAGES);
  return (
    <DataTable caption={t.accounts} columns={[t.name, t.email, t.role, t.account]} narrow="cards">
      {users.map((user) => {
        const self = user.id === selfId;
        return (
          <tr key={user.id} className={user.disabled ? styles.disabledRow : undefined}>
            <th scope="row" className={styles.name}>
              {user.name}
              {self && <span className={styles.you}>{t.you}</span>}
            </th>
            <td className={styles.email}>{user.email}</td>
            <td>
              <CellLabel>{t.role}</CellLabel>
              {self ? (
                labels.roles[user.role]
              ) : (
                <ChangeRoleForm userId={user.id} name={user.name} role={user.role} changeRole={actions.changeRole} />
              )}
            </td>
            <td>
              <CellLabel>{t.account}</CellLabel>
              <div className={styles.access}>
                <StateBadge bad={user.disabled}>{user.disabled ? t.disabled : t.active}</StateBadge>
                {!self && (
                  <AccountAccessForm userId={user.id} name={user.name} disabled={user.disabled} actions={actions} />
                )}
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
