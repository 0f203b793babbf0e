import type { Metadata } from "next";
import { DeliveriesTable } from "@/components/admin-webhooks/deliveries-table";
import { RegisterWebhookForm } from "@/components/admin-webhooks/register-webhook-form";
import { WebhooksList } from "@/components/admin-webhooks/webhooks-list";
import styles from "@/components/admin-webhooks/admin-webhooks.module.css";
import { requireStaffPage } from "@/lib/auth/current-user";
import { listWebhooks, recentDeliveries } from "@/lib/data/webhooks";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  await requireStaffPage("manage_users", "/admin/webhooks");
  const [webhooks, deliveries] = await Promise.all([listWebhooks(), recentDeliveries(30)]);

  return (
    <>
      <h1>Webhooks</h1>
      <section className={`${styles.section} ${styles.card}`} aria-labelledby="register-heading">
        <h2 id="register-heading">Register a webhook</h2>
        <p className={styles.hint}>
          A program at this address is sent a signed JSON message when a claim is published or retracted. A failed
          delivery is tried again after 10 s, 30 s, 2 min, 10 min and 1 h, then marked failed.
        </p>
        <RegisterWebhookForm />
      </section>
      <section className={styles.section} aria-labelledby="webhooks-heading">
        <h2 id="webhooks-heading">Registered webhooks</h2>
        <WebhooksList webhooks={webhooks} />
      </section>
      <section className={styles.section} aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading">Recent deliveries</h2>
        <p className={styles.hint}>The latest 30, newest first. Reload the page to see new attempts.</p>
        <DeliveriesTable deliveries={deliveries} />
      </section>
    </>
  );
}
