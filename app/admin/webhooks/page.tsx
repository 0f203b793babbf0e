import { DeliveriesTable } from "@/components/admin-webhooks/deliveries-table";
import { RegisterWebhookForm } from "@/components/admin-webhooks/register-webhook-form";
import { WebhooksList } from "@/components/admin-webhooks/webhooks-list";
import { Section } from "@/components/ui/card";
import { requireStaffPage } from "@/lib/auth/current-user";
import { listWebhooks, recentDeliveries } from "@/lib/data/webhooks";
import { WEBHOOK_EVENTS } from "@/lib/validation/webhooks";
import { deleteWebhookAction, pingWebhookAction, registerWebhookAction, setWebhookActiveAction } from "./actions";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { messagesFor, titleFrom } from "@/lib/i18n/server";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

export const generateMetadata = titleFrom(ADMIN_MESSAGES, (t) => t.webhooksPage.pageTitle);

export default async function WebhooksPage() {
  const t = (await messagesFor(ADMIN_MESSAGES)).webhooksPage;
  const labels = await messagesFor(LABEL_MESSAGES);
  await requireStaffPage("manage_users", "/admin/webhooks");
  const [webhooks, deliveries] = await Promise.all([listWebhooks(), recentDeliveries(30)]);

  return (
    <>
      <h1>{t.webhooks}</h1>
      <Section id="register" title={t.registerAWebhook} hint={t.aProgramAtThis} card>
        <RegisterWebhookForm
          register={registerWebhookAction}
          events={WEBHOOK_EVENTS.map((value) => ({ value, label: labels.webhookEvents[value] }))}
        />
      </Section>
      <Section id="webhooks" title={t.registeredWebhooks}>
        <WebhooksList
          webhooks={webhooks}
          actions={{
            ping: pingWebhookAction,
            setActive: setWebhookActiveAction,
            remove: deleteWebhookAction,
          }}
        />
      </Section>
      <Section id="deliveries" title={t.recentDeliveries} hint={t.theLatest30Newest}>
        <DeliveriesTable deliveries={deliveries} />
      </Section>
    </>
  );
}
