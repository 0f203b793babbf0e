import Link from "next/link";
import type { RecentDelivery } from "@/lib/data/webhooks";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import styles from "./admin-webhooks.module.css";
import { DeliveryStatus } from "./delivery-status";

const EVENT_WORDS: Record<RecentDelivery["event"], string> = { published: "published", retracted: "retracted", ping: "test ping" };

/** The latest deliveries of every webhook, newest first. */
export function DeliveriesTable({ deliveries }: { deliveries: RecentDelivery[] }) {
  if (deliveries.length === 0) return <p className={styles.hint}>No delivery yet.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Recent deliveries</caption>
        <thead>
          <tr>
            <th scope="col">Webhook</th>
            <th scope="col">Event</th>
            <th scope="col">Claim</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last answer</th>
            <th scope="col">Next attempt</th>
            <th scope="col">Delivered</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
