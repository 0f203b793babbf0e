import styles from "./newsroom.module.css";

const STATUS_WORDS: Record<string, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  retracted: "Retracted",
};

/** Where a claim stands in the workflow, as a small label. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`${styles.badge} ${styles[`badge_${status}`] ?? ""}`}>{STATUS_WORDS[status] ?? status}</span>;
}
