import type { Metadata } from "next";
import { DeliveriesTable } from "@/components/admin-webhooks/deliveries-table";
import { RegisterWebhookForm } from "@/components/admin-webhooks/register-webhook-form";
import { WebhooksList } from "@/components/admin-webhooks/webhooks-list";
import { Section } from "@/components/ui/card";
import { requireStaffPage } from "@/lib/auth/current-user";
import { listWebhooks, recentDeliveries } from "@/lib/data/webhooks";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/validation/webhooks";
import { deleteWebhookAction, pingWebhookAction, registerWebhookAction, setWebhookActiveAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  await requireStaffPage("manage_users", "/admin/webhooks");
  const [webhooks, deliveries] = await Promise.all([listWebhooks(), recentDeliveries(30)]);

  return (
    <>
      <h1>Webhooks</h1>
      <Section
        id="register"
        title="Register a webhook"
        hint="A program at this address is sent a signed JSON message when a claim is published or retracted. A failed delivery is tried again after 10 s, 30 s, 2 min, 10 min and 1 h, then marked failed."
        card
      >
        <RegisterWebhookForm
          register={registerWebhookAction}
          events={WEBHOOK_EVENTS.map((value) => ({ value, label: WEBHOOK_EVENT_LABELS[value] }))}
        />
      </Section>
      <Section id="webhooks" title="Registered webhooks">
        <WebhooksList
          webhooks={webhooks}
          actions={{
            ping: pingWebhookAction,
            setActive: setWebhookActiveAction,
            remove: deleteWebhookAction,
          }}
        />
      </Section>
      <Section
        id="deliveries"
        title="Recent deliveries"
        hint="The latest 30, newest first. Reload the page to see new attempts."
      >
        <DeliveriesTable deliveries={deliveries} />
      </Section>
    </>
  );
}
