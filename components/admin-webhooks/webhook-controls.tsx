"use client";

import type { FormEvent } from "react";
import { RowOutcome } from "@/components/admin/row-outcome";
import { actionPermalink } from "@/components/forms/action-permalink";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
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
  const confirmThenDelete = (event: FormEvent<HTMLFormElement>) => {
    if (!window.confirm(`Delete the webhook ${url} and its delivery log?`)) event.preventDefault();
    else remove.form.onSubmit(event);
  };
  return (
    <div id={id} className={styles.controls}>
      {active && (
        <form {...ping.form}>
          <input type="hidden" name="webhookId" value={webhookId} />
          <Button
            type="submit"
            variant="secondary"
            size="small"
            pending={ping.pending}
            pendingLabel={t.queuing}
            aria-label={t.pingUrl(url)}
          >
            {t.sendATestPing}
          </Button>
        </form>
      )}
      <form {...toggle.form}>
        <input type="hidden" name="webhookId" value={webhookId} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
        <Button
          type="submit"
          variant="secondary"
          size="small"
          disabled={toggle.pending}
          aria-label={active ? t.deactivateUrl(url) : t.activateUrl(url)}
        >
          {active ? t.deactivate : t.activate}
        </Button>
      </form>
      <form {...remove.form} onSubmit={confirmThenDelete}>
        <input type="hidden" name="webhookId" value={webhookId} />
        <Button type="submit" variant="danger" size="small" disabled={remove.pending} aria-label={t.deleteUrl(url)}>
          {t.delete}
        </Button>
      </form>
      <RowOutcome error={failure?.message ?? null} done={ping.state?.ok ? t.pingQueuedItAppears : null} />
    </div>
  );
}
