import type { ReadableHistory } from "@/lib/data/history";
import { historyChanges } from "@/lib/newsroom/history-changes";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import styles from "./newsroom.module.css";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";
import { messagesFor } from "@/lib/i18n/server";

// On a create every field is new: listing them all would drown the entries that matter.
const SHOWN_ON_CREATE = new Set(["status", "quote"]);

/** Who did what to a claim and when, oldest first, with what changed and why. */
export async function ClaimHistoryList({ history }: { history: ReadableHistory }) {
  const t = (await messagesFor(NEWSROOM_MESSAGES)).claimHistory;
  const { entries, names } = history;
  if (entries.length === 0) return <p className={styles.emptyList}>{t.noHistoryYet}</p>;
  return (
    <ol className={styles.history}>
      {entries.map((entry) => {
        const changes = historyChanges(entry.before, entry.after, names)
          .filter((c) => entry.action !== "create" || SHOWN_ON_CREATE.has(c.field))
          // The note or reason is quoted below the entry; listing it as a change would say it twice.
          .filter((c) => !entry.reason || c.after !== entry.reason);
        return (
          <li key={entry.id} className={styles.historyEntry}>
            <p className={styles.historyHead}>
              <strong>{entry.actor?.name ?? t.theSystem}</strong> {t.actions[entry.action] ?? entry.action}
              <br />
              <time dateTime={entry.at.toISOString()} className={styles.detail}>
                {formatUtcTime(entry.at)}
              </time>
            </p>
            {changes.length > 0 && (
              <ul className={styles.changes}>
                {changes.map((change) => (
                  <li key={change.field}>
                    {change.field}: {entry.action === "create" ? change.after : `${change.before} → ${change.after}`}
                  </li>
                ))}
              </ul>
            )}
            {entry.reason && <p className={styles.note}>{entry.reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}
