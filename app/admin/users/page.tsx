import { InviteUserForm } from "@/components/admin-users/invite-user-form";
import { UsersTable } from "@/components/admin-users/users-table";
import { Section } from "@/components/ui/card";
import { requireStaffPage } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/data/users";
import { changeUserRoleAction, disableUserAction, enableUserAction, inviteUserAction } from "./actions";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { messagesFor, titleFrom } from "@/lib/i18n/server";

export const generateMetadata = titleFrom(ADMIN_MESSAGES, (t) => t.usersPage.pageTitle);

export default async function UsersPage() {
  const t = (await messagesFor(ADMIN_MESSAGES)).usersPage;
  const admin = await requireStaffPage("manage_users", "/admin/users");
  const users = await listUsers();

  return (
    <>
      <h1>{t.users}</h1>
      <Section id="invite" title={t.inviteSomeone} hint={t.theAccountIsReady} card>
        <InviteUserForm invite={inviteUserAction} />
      </Section>
      <Section id="accounts" title={t.accounts} hint={t.aRoleChangeOr}>
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
