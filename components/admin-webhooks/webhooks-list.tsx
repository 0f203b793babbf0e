import { PageHint } from "@/components/ui/card";
import type { WebhookListing } from "@/lib/data/webhooks";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import { WEBHOOK_EVENT_LABELS } from "@/lib/validation/webhooks";
import styles from "./admin-webhooks.module.css";
import { attemptsWords, DeliveryStatus } from "./delivery-status";
import { WebhookControls, type WebhookActions } from "./webhook-controls";

/** Every webhook: its events, counts of deliveries by status, its last delivery and its controls. */
export function WebhooksList({ webhooks, actions }: { webhooks: WebhookListing[]; actions: WebhookActions }) {
  if (webhooks.length === 0) return <PageHint>No webhook yet: register the first one above.</PageHint>;
  return (
    <ul className={styles.list}>
      {webhooks.map((w) => (
        <li key={w.id} className={styles.webhook} aria-label={`Webhook ${w.url}`}>
          <h3>{w.url}</h3>
          <p className={styles.meta}>
            {w.active ? "Active" : "Inactive: nothing is sent, pending deliveries wait"} ·{" "}
            {w.events.map((e) => WEBHOOK_EVENT_LABELS[e]).join(", ")} · registered by {w.createdBy} on{" "}
            {formatUtcTime(w.createdAt)}
          </p>
          <p className={styles.meta}>
            {w.counts.delivered} delivered · {w.counts.pending} pending · {w.counts.failed} failed
          </p>
          {w.lastDelivery ? (
            <p className={styles.meta}>
              Last delivery: <DeliveryStatus status={w.lastDelivery.status} /> after{" "}
              {attemptsWords(w.lastDelivery.attempts)}
              {w.lastDelivery.lastStatusCode !== null && `, last answer ${w.lastDelivery.lastStatusCode}`}
              {w.lastDelivery.status !== "delivered" && w.lastDelivery.lastError && ` (${w.lastDelivery.lastError})`}
            </p>
          ) : (
            <p className={styles.meta}>Nothing sent yet.</p>
          )}
          <WebhookControls webhookId={w.id} url={w.url} active={w.active} actions={actions} />
        </li>
      ))}
    </ul>
  );
}
