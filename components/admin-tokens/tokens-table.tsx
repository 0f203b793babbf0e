import { StateBadge } from "@/components/admin/state-badge";
import userStyles from "@/components/admin-users/admin-users.module.css";
import { CellLabel, DataTable } from "@/components/ui/data-table";
import { API_TOKEN_SCOPE_LABELS } from "@/lib/auth/api-token";
import type { ApiTokenListing } from "@/lib/data/api-tokens";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import { RevokeTokenForm, type RevokeTokenAction } from "./revoke-token-form";
import styles from "./admin-tokens.module.css";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { messagesFor } from "@/lib/i18n/server";

/** Every token: recognisable by its prefix, never shown whole again. */
export async function TokensTable({ tokens, revoke }: { tokens: ApiTokenListing[]; revoke: RevokeTokenAction }) {
  const t = (await messagesFor(ADMIN_MESSAGES)).tokensTable;
  if (tokens.length === 0) return <p className={styles.muted}>{t.noTokensYet}</p>;
  return (
    // On a phone each token becomes a small card, as each account does on the users page.
    <DataTable caption={t.apiTokens} columns={[t.name, t.token, t.may, t.actsAs, t.lastUsed, t.state]} narrow="cards">
      {tokens.map((token) => (
        <tr key={token.id} id={`token-${token.id}`} className={token.revokedAt ? userStyles.disabledRow : undefined}>
          <th scope="row" className={userStyles.name}>
            {token.name}
            <span className={styles.created}>
              {t.by}
              {token.createdBy.name}, {formatUtcTime(token.createdAt)}
            </span>
          </th>
          <td className={styles.prefix}>
            <CellLabel>{t.token}</CellLabel>
            {t.ct}
            {token.prefix}_…
          </td>
          <td>
            <CellLabel>{t.may}</CellLabel>
            {API_TOKEN_SCOPE_LABELS[token.scope]}
          </td>
          <td>
            <CellLabel>{t.actsAs}</CellLabel>
            {token.actingUser.name}
            {token.actingUser.disabled && <span className={styles.muted}>{t.disabled}</span>}
          </td>
          <td>
            <CellLabel>{t.lastUsed}</CellLabel>
            {token.lastUsedAt ? formatUtcTime(token.lastUsedAt) : <span className={styles.muted}>{t.never}</span>}
          </td>
          <td>
            <CellLabel>{t.state}</CellLabel>
            {token.revokedAt ? (
              <>
                <StateBadge bad>{t.revoked}</StateBadge>
                <span className={styles.created}>{formatUtcTime(token.revokedAt)}</span>
              </>
            ) : (
              <RevokeTokenForm tokenId={token.id} name={token.name} revoke={revoke} />
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
