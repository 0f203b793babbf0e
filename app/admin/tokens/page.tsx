import { CreateTokenForm } from "@/components/admin-tokens/create-token-form";
import { TokensTable } from "@/components/admin-tokens/tokens-table";
import { PageHint, Section } from "@/components/ui/card";
import { requireStaffPage } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/data/api-tokens";
import { listUsers } from "@/lib/data/users";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { messagesFor, titleFrom } from "@/lib/i18n/server";

export const generateMetadata = titleFrom(ADMIN_MESSAGES, (t) => t.tokensPage.pageTitle);

export default async function TokensPage() {
  const t = (await messagesFor(ADMIN_MESSAGES)).tokensPage;
  const admin = await requireStaffPage("manage_users", "/admin/tokens");
  const [tokens, users] = await Promise.all([listApiTokens(), listUsers()]);
  const accounts = users
    .filter((u) => !u.disabled)
    .map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role }));

  return (
    <>
      <h1>{t.apiTokens}</h1>
      <PageHint>
        {t.programsUseAToken}
        <code>{t.apiV1}</code>
        {t.see} <a href="/api/v1/openapi.json">{t.theOpenapiDocument}</a>
        {t.aTokenActsAs}
      </PageHint>
      <Section id="new-token" title={t.newToken} card>
        <CreateTokenForm accounts={accounts} selfId={admin.id} createToken={createApiTokenAction} />
      </Section>
      <Section id="tokens" title={t.tokens} hint={t.revokingIsForGood}>
        <TokensTable tokens={tokens} revoke={revokeApiTokenAction} />
      </Section>
    </>
  );
}
