import type { Metadata } from "next";
import styles from "@/components/admin-users/admin-users.module.css";
import { CreateTokenForm } from "@/components/admin-tokens/create-token-form";
import { TokensTable } from "@/components/admin-tokens/tokens-table";
import { requireStaffPage } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/data/api-tokens";
import { listUsers } from "@/lib/data/users";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const admin = await requireStaffPage("manage_users", "/admin/tokens");
  const [tokens, users] = await Promise.all([listApiTokens(), listUsers()]);
  const accounts = users.filter((u) => !u.disabled).map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role }));

  return (
    <>
      <h1>API tokens</h1>
      <p className={styles.hint}>
        Programs use a token to read the newsroom&apos;s claims or write drafts through <code>/api/v1</code> (see{" "}
        <a href="/api/v1/openapi.json">the OpenAPI document</a>). A token acts as one account: its drafts are that
        person&apos;s, and it stops when the account is disabled.
      </p>
      <section className={`${styles.section} ${styles.card}`} aria-labelledby="new-token-heading">
        <h2 id="new-token-heading">New token</h2>
        <CreateTokenForm accounts={accounts} selfId={admin.id} />
      </section>
      <section className={styles.section} aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Tokens</h2>
        <p className={styles.hint}>Revoking is for good, and takes effect on the token&apos;s very next request.</p>
        <TokensTable tokens={tokens} />
      </section>
    </>
  );
}
