import { cx } from "@/components/ui/class-names";
import styles from "./admin.module.css";

/** "Active", "Disabled", "delivered", "failed": a state as a small badge, `bad` in the error colour. */
export function StateBadge({ bad = false, children }: { bad?: boolean; children: string }) {
  return <span className={cx(styles.badge, bad && styles.badgeBad)}>{children}</span>;
}
