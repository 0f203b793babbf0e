import type { ApiTokenListing } from "@/lib/data/api-tokens";
import { API_TOKEN_SCOPE_LABELS } from "@/lib/auth/api-token";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import usersStyles from "@/components/admin-users/admin-users.module.css";
import { RevokeTokenForm } from "./revoke-token-form";
import styles from "./admin-tokens.module.css";

/** Every token: recognisable by its prefix, never shown whole again. */
export function TokensTable({ tokens }: { tokens: ApiTokenListing[] }) {
  if (tokens.length === 0) return <p className={styles.muted}>No tokens yet.</p>;
  return (
    // On a phone each token becomes a small card, as each account does on the users page.
    <table className={usersStyles.table}>
      <caption className="visually-hidden">API tokens</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Token</th>
          <th scope="col">May</th>
          <th scope="col">Acts as</th>
          <th scope="col">Last used</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id} className={token.revokedAt ? usersStyles.disabledRow : undefined}>
            <th scope="row" className={usersStyles.name}>
              {token.name}
              <span className={styles.created}>
                by {token.createdBy.name}, {formatUtcTime(token.createdAt)}
              </span>
            </th>
            <td className={styles.prefix}>
              <span className={usersStyles.cellLabel} aria-hidden="true">Token</span>
              ct_{token.prefix}_…
            </td>
            <td>
              <span className={usersStyles.cellLabel} aria-hidden="true">May</span>
              {API_TOKEN_SCOPE_LABELS[token.scope]}
            </td>
            <td>
              <span className={usersStyles.cellLabel} aria-hidden="true">Acts as</span>
              {token.actingUser.name}
              {token.actingUser.disabled && <span className={styles.muted}> (disabled)</span>}
            </td>
            <td>
              <span className={usersStyles.cellLabel} aria-hidden="true">Last used</span>
              {token.lastUsedAt ? formatUtcTime(token.lastUsedAt) : <span className={styles.muted}>Never</span>}
            </td>
            <td>
              <span className={usersStyles.cellLabel} aria-hidden="true">State</span>
              {token.revokedAt ? (
                <>
                  <span className={usersStyles.badgeDisabled}>Revoked</span>
                  <span className={styles.created}>{formatUtcTime(token.revokedAt)}</span>
                </>
              ) : (
                <RevokeTokenForm tokenId={token.id} name={token.name} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
