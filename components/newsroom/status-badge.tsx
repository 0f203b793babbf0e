import styles from "./newsroom.module.css";

/** Where a claim stands in the workflow, as a small label in its status's tone. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`${styles.badge} ${styles[`badge_${status}`] ?? ""}`}>{label}</span>;
}
