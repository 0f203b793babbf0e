import { StateBadge } from "@/components/admin/state-badge";
import type { DeliveryRow } from "@/lib/data/webhooks";

const WORDS: Record<DeliveryRow["status"], string> = {
  pending: "pending",
  delivered: "delivered",
  failed: "failed",
};

/** "delivered", "pending" or "failed", as a badge. */
export function DeliveryStatus({ status }: { status: DeliveryRow["status"] }) {
  return <StateBadge bad={status === "failed"}>{WORDS[status]}</StateBadge>;
}

export const attemptsWords = (attempts: number) => (attempts === 1 ? "1 attempt" : `${attempts} attempts`);
