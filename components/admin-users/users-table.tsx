import type { UserListing } from "@/lib/data/users";
import { ROLE_LABELS } from "@/lib/validation/users";
import styles from "./admin-users.module.css";
import { AccountAccessForm, ChangeRoleForm } from "./user-account-controls";

/** Every account, with its controls; the admin's own row has none (mayManageUser). */
export function UsersTable({ users, selfId }: { users: UserListing[]; selfId: string }) {
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">Accounts</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Account</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const self = user.id === selfId;
          return (
            <tr key={user.id} className={user.disabled ? styles.disabledRow : undefined}>
              <th scope="row" className={styles.name}>
                {user.name}
                {self && <span className={styles.you}> (you)</span>}
              </th>
              <td className={styles.email}>{user.email}</td>
              <td>
                <span className={styles.cellLabel} aria-hidden="true">
                  Role
                </span>
                {self ? ROLE_LABELS[user.role] : <ChangeRoleForm userId={user.id} name={user.name} role={user.role} />}
              </td>
              <td>
                <span className={styles.cellLabel} aria-hidden="true">
                  Account
                </span>
                <div className={styles.access}>
                  <span className={user.disabled ? styles.badgeDisabled : styles.badgeActive}>
                    {user.disabled ? "Disabled" : "Active"}
                  </span>
                  {!self && <AccountAccessForm userId={user.id} name={user.name} disabled={user.disabled} />}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
