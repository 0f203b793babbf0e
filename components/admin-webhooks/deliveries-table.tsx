import Link from "next/link";
import { PageHint } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { RecentDelivery } from "@/lib/data/webhooks";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import styles from "./admin-webhooks.module.css";
import { DeliveryStatus } from "./delivery-status";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { messagesFor } from "@/lib/i18n/server";

const EVENT_WORDS: Record<RecentDelivery["event"], string> = {
  published: "published",
  retracted: "retracted",
  ping: "test ping",
};

/** The latest deliveries of every webhook, newest first. */
export async function DeliveriesTable({ deliveries }: { deliveries: RecentDelivery[] }) {
  const t = (await messagesFor(ADMIN_MESSAGES)).deliveriesTable;
  if (deliveries.length === 0) return <PageHint>{t.noDeliveryYet}</PageHint>;
  return (
    <DataTable
      caption={t.recentDeliveries}
      columns={[t.webhook, t.event, t.claim, t.status, t.attempts, t.lastAnswer, t.nextAttempt, t.delivered]}
      narrow="scroll"
    >
      {deliveries.map((d) => (
        <tr key={d.id} data-delivery-id={d.id}>
          <td className={styles.url}>{d.webhook.url}</td>
          <td>{EVENT_WORDS[d.event]}</td>
          <td>{d.claimId ? <Link href={`/claims/${d.claimId}`}>{d.claimId}</Link> : "—"}</td>
          <td>
            <DeliveryStatus status={d.status} />
          </td>
          <td>{d.attempts}</td>
          <td>{d.lastStatusCode ?? (d.lastError ? d.lastError : "—")}</td>
          <td>{d.status === "pending" ? formatUtcTime(d.nextAttemptAt) : "—"}</td>
          <td>{d.deliveredAt ? formatUtcTime(d.deliveredAt) : "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
