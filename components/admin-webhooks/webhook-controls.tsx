"use client";

import { RowOutcome } from "@/components/admin/row-outcome";
import { actionPermalink } from "@/components/forms/action-permalink";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { RowButtonForm } from "@/components/admin/row-button-form";
import type { ActionResult } from "@/lib/auth/action-result";
import styles from "./admin-webhooks.module.css";
import { useMessages } from "@/lib/i18n/client";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";

/** The server actions of a webhook's row, passed down from the page. */
export interface WebhookActions {
  ping: FormAction<ActionResult | null>;
  setActive: FormAction<ActionResult<{ active: boolean }> | null>;
  remove: FormAction<ActionResult | null>;
}

/** Send a test ping, turn the webhook off or on, or delete it with its deliveries. */
export function WebhookControls({
  webhookId,
  url,
  active,
  actions,
}: {
  webhookId: string;
  url: string;
  active: boolean;
  actions: WebhookActions;
}) {
  const t = useMessages(ADMIN_MESSAGES).webhookControls;
  const id = `webhook-${webhookId}`;
  const permalink = actionPermalink("/admin/webhooks", id);
  const ping = useFormAction(actions.ping, { permalink });
  const toggle = useFormAction(actions.setActive, { permalink });
  const remove = useFormAction(actions.remove, { permalink });
  const failure = ping.failure ?? toggle.failure ?? remove.failure;
  return (
    <div id={id} className={styles.controls}>
      {active && (
        <RowButtonForm action={ping} fields={{ webhookId }} pendingLabel={t.queuing} label={t.pingUrl(url)}>
          {t.sendATestPing}
        </RowButtonForm>
      )}
      <RowButtonForm
        action={toggle}
        fields={{ webhookId, active: String(!active) }}
        label={active ? t.deactivateUrl(url) : t.activateUrl(url)}
      >
        {active ? t.deactivate : t.activate}
      </RowButtonForm>
      <RowButtonForm
        action={remove}
        fields={{ webhookId }}
        variant="danger"
        confirm={t.deleteQuestion(url)}
        label={t.deleteUrl(url)}
      >
        {t.delete}
      </RowButtonForm>
      <RowOutcome error={failure?.message ?? null} done={ping.state?.ok ? t.pingQueuedItAppears : null} />
    </div>
  );
}
