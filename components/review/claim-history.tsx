import type { ClaimHistoryEntry } from "@/lib/data/review";
import { ReviewTime } from "./review-time";
import styles from "./review.module.css";

const ACTION_WORDS: Record<string, string> = {
  create: "logged it",
  update: "edited it",
  submit: "submitted it for review",
  approve: "approved it",
  reject: "sent it back",
  retract: "retracted it",
  rate: "rated it",
};

/** Every change to the claim, oldest first, with who made it and why. */
export function ClaimHistory({ entries }: { entries: ClaimHistoryEntry[] }) {
  return (
    <section className={styles.section} aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {entries.length === 0 ? (
        <p className={styles.muted}>Nothing recorded yet.</p>
      ) : (
        <ol className={styles.history}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <ReviewTime at={entry.at} />{" "}
              <span>
                <strong>{entry.actor?.name ?? "The system"}</strong> {ACTION_WORDS[entry.action] ?? entry.action.replaceAll("_", " ")}
              </span>
              {entry.reason && <q className={styles.historyReason}>{entry.reason}</q>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
