import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/admin-tokens/create-token-form";
import { TokensTable } from "@/components/admin-tokens/tokens-table";
import { PageHint, Section } from "@/components/ui/card";
import { requireStaffPage } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/data/api-tokens";
import { listUsers } from "@/lib/data/users";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const admin = await requireStaffPage("manage_users", "/admin/tokens");
  const [tokens, users] = await Promise.all([listApiTokens(), listUsers()]);
  const accounts = users
    .filter((u) => !u.disabled)
    .map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role }));

  return (
    <>
      <h1>API tokens</h1>
      <PageHint>
        Programs use a token to read the newsroom&apos;s claims or write drafts through <code>/api/v1</code> (see{" "}
        <a href="/api/v1/openapi.json">the OpenAPI document</a>). A token acts as one account: its drafts are that
        person&apos;s, and it stops when the account is disabled.
      </PageHint>
      <Section id="new-token" title="New token" card>
        <CreateTokenForm accounts={accounts} selfId={admin.id} createToken={createApiTokenAction} />
      </Section>
      <Section
        id="tokens"
        title="Tokens"
        hint="Revoking is for good, and takes effect on the token's very next request."
      >
        <TokensTable tokens={tokens} revoke={revokeApiTokenAction} />
      </Section>
    </>
  );
}
