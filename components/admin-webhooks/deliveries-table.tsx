import Link from "next/link";
import { PageHint } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { RecentDelivery } from "@/lib/data/webhooks";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import styles from "./admin-webhooks.module.css";
import { DeliveryStatus } from "./delivery-status";

const EVENT_WORDS: Record<RecentDelivery["event"], string> = {
  published: "published",
  retracted: "retracted",
  ping: "test ping",
};

/** The latest deliveries of every webhook, newest first. */
export function DeliveriesTable({ deliveries }: { deliveries: RecentDelivery[] }) {
  if (deliveries.length === 0) return <PageHint>No delivery yet.</PageHint>;
  return (
    <DataTable
      caption="Recent deliveries"
      columns={["Webhook", "Event", "Claim", "Status", "Attempts", "Last answer", "Next attempt", "Delivered"]}
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
