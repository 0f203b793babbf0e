import { StateBadge } from "@/components/admin/state-badge";
import userStyles from "@/components/admin-users/admin-users.module.css";
import { CellLabel, DataTable } from "@/components/ui/data-table";
import { API_TOKEN_SCOPE_LABELS } from "@/lib/auth/api-token";
import type { ApiTokenListing } from "@/lib/data/api-tokens";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import { RevokeTokenForm, type RevokeTokenAction } from "./revoke-token-form";
import styles from "./admin-tokens.module.css";

/** Every token: recognisable by its prefix, never shown whole again. */
export function TokensTable({ tokens, revoke }: { tokens: ApiTokenListing[]; revoke: RevokeTokenAction }) {
  if (tokens.length === 0) return <p className={styles.muted}>No tokens yet.</p>;
  return (
    // On a phone each token becomes a small card, as each account does on the users page.
    <DataTable caption="API tokens" columns={["Name", "Token", "May", "Acts as", "Last used", "State"]} narrow="cards">
      {tokens.map((token) => (
        <tr key={token.id} id={`token-${token.id}`} className={token.revokedAt ? userStyles.disabledRow : undefined}>
          <th scope="row" className={userStyles.name}>
            {token.name}
            <span className={styles.created}>
              by {token.createdBy.name}, {formatUtcTime(token.createdAt)}
            </span>
          </th>
          <td className={styles.prefix}>
            <CellLabel>Token</CellLabel>
            ct_{token.prefix}_…
          </td>
          <td>
            <CellLabel>May</CellLabel>
            {API_TOKEN_SCOPE_LABELS[token.scope]}
          </td>
          <td>
            <CellLabel>Acts as</CellLabel>
            {token.actingUser.name}
            {token.actingUser.disabled && <span className={styles.muted}> (disabled)</span>}
          </td>
          <td>
            <CellLabel>Last used</CellLabel>
            {token.lastUsedAt ? formatUtcTime(token.lastUsedAt) : <span className={styles.muted}>Never</span>}
          </td>
          <td>
            <CellLabel>State</CellLabel>
            {token.revokedAt ? (
              <>
                <StateBadge bad>Revoked</StateBadge>
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
