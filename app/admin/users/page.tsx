import type { Metadata } from "next";
import { InviteUserForm } from "@/components/admin-users/invite-user-form";
import { UsersTable } from "@/components/admin-users/users-table";
import styles from "@/components/admin-users/admin-users.module.css";
import { requireStaffPage } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/data/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireStaffPage("manage_users", "/admin/users");
  const users = await listUsers();

  return (
    <>
      <h1>Users</h1>
      <section className={`${styles.section} ${styles.card}`} aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <p className={styles.hint}>
          The account is ready at once, with a password generated for it and shown to you once.
        </p>
        <InviteUserForm />
      </section>
      <section className={styles.section} aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        <p className={styles.hint}>
          A role change or a disabled account takes effect at once: the person is signed out
          everywhere. You cannot change your own account here; another admin can.
        </p>
        <UsersTable users={users} selfId={admin.id} />
      </section>
    </>
  );
}
