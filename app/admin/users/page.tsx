import type { Metadata } from "next";
import { InviteUserForm } from "@/components/admin-users/invite-user-form";
import { UsersTable } from "@/components/admin-users/users-table";
import { Section } from "@/components/ui/card";
import { requireStaffPage } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/data/users";
import { changeUserRoleAction, disableUserAction, enableUserAction, inviteUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireStaffPage("manage_users", "/admin/users");
  const users = await listUsers();

  return (
    <>
      <h1>Users</h1>
      <Section
        id="invite"
        title="Invite someone"
        hint="The account is ready at once, with a password generated for it and shown to you once."
        card
      >
        <InviteUserForm invite={inviteUserAction} />
      </Section>
      <Section
        id="accounts"
        title="Accounts"
        hint="A role change or a disabled account takes effect at once: the person is signed out everywhere. You cannot change your own account here; another admin can."
      >
        <UsersTable
          users={users}
          selfId={admin.id}
          actions={{
            changeRole: changeUserRoleAction,
            disable: disableUserAction,
            enable: enableUserAction,
          }}
        />
      </Section>
    </>
  );
}
