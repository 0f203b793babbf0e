"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { deleteWebhookAction, pingWebhookAction, setWebhookActiveAction } from "@/app/admin/webhooks/actions";
import type { ActionResult } from "@/lib/auth/action-result";
import styles from "./admin-webhooks.module.css";

type Action<T> = (previous: unknown, form: FormData) => Promise<ActionResult<T>>;

function useWebhookAction<T>(action: Action<T>, anchor: string) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null, actionPermalink("/admin/webhooks", anchor));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, pending, onSubmit };
}

/** Send a test ping, turn the webhook off or on, or delete it with its deliveries. */
export function WebhookControls({ webhookId, url, active }: { webhookId: string; url: string; active: boolean }) {
  const id = `webhook-${webhookId}`;
  const ping = useWebhookAction(pingWebhookAction, id);
  const toggle = useWebhookAction(setWebhookActiveAction, id);
  const remove = useWebhookAction(deleteWebhookAction, id);
  const error = [ping.state, toggle.state, remove.state].find((s) => s && !s.ok);
  return (
    <div id={id} className={styles.controls}>
      {active && (
        <form action={ping.formAction} onSubmit={ping.onSubmit}>
          <input type="hidden" name="webhookId" value={webhookId} />
          <button type="submit" className={styles.secondary} disabled={ping.pending} aria-label={`Send a test ping to ${url}`}>
            {ping.pending ? "Queuing…" : "Send a test ping"}
          </button>
        </form>
      )}
      <form action={toggle.formAction} onSubmit={toggle.onSubmit}>
        <input type="hidden" name="webhookId" value={webhookId} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
        <button type="submit" className={styles.secondary} disabled={toggle.pending} aria-label={`${active ? "Deactivate" : "Activate"} ${url}`}>
          {active ? "Deactivate" : "Activate"}
        </button>
      </form>
      <form
        action={remove.formAction}
        onSubmit={(event) => {
          if (!window.confirm(`Delete the webhook ${url} and its delivery log?`)) event.preventDefault();
          else remove.onSubmit(event);
        }}
      >
        <input type="hidden" name="webhookId" value={webhookId} />
        <button type="submit" className={styles.danger} disabled={remove.pending} aria-label={`Delete ${url}`}>
          Delete
        </button>
      </form>
      {error && !error.ok ? (
        <p className={`field-error ${styles.outcome}`} role="alert">
          {error.error.message}
        </p>
      ) : ping.state?.ok ? (
        <p className={styles.outcome} role="status">
          Ping queued: it appears in the deliveries below within a few seconds.
        </p>
      ) : null}
    </div>
  );
}
