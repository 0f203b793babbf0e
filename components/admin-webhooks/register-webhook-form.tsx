"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { actionPermalink } from "@/components/forms/action-permalink";
import { registerWebhookAction, type RegistrationResult } from "@/app/admin/webhooks/actions";
import type { RegisteredWebhook } from "@/lib/data/webhooks";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/validation/webhooks";
import styles from "./admin-webhooks.module.css";

/** Register a receiver: its URL and events; the signing secret is shown here once. */
export function RegisterWebhookForm() {
  const [state, formAction, pending] = useActionState<RegistrationResult | null, FormData>(registerWebhookAction, null, actionPermalink("/admin/webhooks"));
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? (state.error.fields ?? {}) : {};
  const formError = state && !state.ok && !state.error.fields ? state.error.message : null;

  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  // Submitted by hand so a refused registration keeps what was typed.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <>
      <form ref={form} action={formAction} onSubmit={onSubmit} className={styles.form} noValidate>
        <div className={`field ${styles.urlField}`}>
          <label htmlFor="webhook-url">Receiver URL</label>
          <input
            id="webhook-url"
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://cms.example.org/claim-tracker"
            defaultValue={state && !state.ok ? state.submitted?.url : undefined}
            aria-invalid={errors.url ? true : undefined}
            aria-describedby={errors.url ? "webhook-url-error" : undefined}
          />
          {errors.url && (
            <p id="webhook-url-error" className="field-error">
              {errors.url}
            </p>
          )}
        </div>
        <fieldset className={styles.events} aria-describedby={errors.events ? "webhook-events-error" : undefined}>
          <legend>Tell it when</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event}>
              <input type="checkbox" name="events" value={event} defaultChecked />
              {WEBHOOK_EVENT_LABELS[event]}
            </label>
          ))}
          {errors.events && (
            <p id="webhook-events-error" className="field-error">
              {errors.events}
            </p>
          )}
        </fieldset>
        <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
          {pending ? "Registering…" : "Register webhook"}
        </button>
      </form>
      <div aria-live="polite">
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        {state?.ok && <OneTimeSecret webhook={state.data} />}
      </div>
    </>
  );
}

function OneTimeSecret({ webhook }: { webhook: RegisteredWebhook }) {
  return (
    <section className={styles.secret} aria-labelledby="webhook-secret-heading">
      <h3 id="webhook-secret-heading">Webhook registered: copy its signing secret now</h3>
      <p>
        Every delivery to {webhook.url} is signed with this secret (header X-ClaimTracker-Signature, an HMAC-SHA256 of
        the timestamp, a dot and the body). Give it to the receiver&apos;s owner by a private channel. It is shown only
        this once.
      </p>
      <code data-testid="webhook-secret">{webhook.secret}</code>
    </section>
  );
}
