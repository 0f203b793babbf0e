import { PageHint } from "@/components/ui/card";
import type { WebhookListing } from "@/lib/data/webhooks";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import styles from "./admin-webhooks.module.css";
import { attemptsWords, DeliveryStatus } from "./delivery-status";
import { WebhookControls, type WebhookActions } from "./webhook-controls";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { messagesFor } from "@/lib/i18n/server";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

/** Every webhook: its events, counts of deliveries by status, its last delivery and its controls. */
export async function WebhooksList({ webhooks, actions }: { webhooks: WebhookListing[]; actions: WebhookActions }) {
  const t = (await messagesFor(ADMIN_MESSAGES)).webhooksList;
  const labels = await messagesFor(LABEL_MESSAGES);
  if (webhooks.length === 0) return <PageHint>{t.noWebhookYetRegister}</PageHint>;
  return (
    <ul className={styles.list}>
      {webhooks.map((w) => (
        <li key={w.id} className={styles.webhook} aria-label={t.webhookUrl(w.url)}>
          <h3>{w.url}</h3>
          <p className={styles.meta}>
            {w.active ? t.active : t.inactiveNothingIsSent} · {w.events.map((e) => labels.webhookEvents[e]).join(", ")}
            {t.registeredBy}
            {w.createdBy}
            {t.on} {formatUtcTime(w.createdAt)}
          </p>
          <p className={styles.meta}>
            {w.counts.delivered}
            {t.delivered}
            {w.counts.pending}
            {t.pending}
            {w.counts.failed}
            {t.failed}
          </p>
          {w.lastDelivery ? (
            <p className={styles.meta}>
              {t.lastDelivery}
              <DeliveryStatus status={w.lastDelivery.status} />
              {t.after} {attemptsWords(w.lastDelivery.attempts)}
              {w.lastDelivery.lastStatusCode !== null && t.lastAnswer(w.lastDelivery.lastStatusCode)}
              {w.lastDelivery.status !== "delivered" && w.lastDelivery.lastError && ` (${w.lastDelivery.lastError})`}
            </p>
          ) : (
            <p className={styles.meta}>{t.nothingSentYet}</p>
          )}
          <WebhookControls webhookId={w.id} url={w.url} active={w.active} actions={actions} />
        </li>
      ))}
    </ul>
  );
}
