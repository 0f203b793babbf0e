import type { DeliveryRow } from "@/lib/data/webhooks";
import styles from "./admin-webhooks.module.css";

const WORDS: Record<DeliveryRow["status"], string> = { pending: "pending", delivered: "delivered", failed: "failed" };

/** "delivered", "pending" or "failed", as a badge. */
export function DeliveryStatus({ status }: { status: DeliveryRow["status"] }) {
  return <span className={status === "failed" ? styles.badgeFailed : styles.badge}>{WORDS[status]}</span>;
}

export const attemptsWords = (attempts: number) => (attempts === 1 ? "1 attempt" : `${attempts} attempts`);
