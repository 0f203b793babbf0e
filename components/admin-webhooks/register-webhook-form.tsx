"use client";

import { OneTimeSecret } from "@/components/admin/one-time-secret";
import { actionPermalink } from "@/components/forms/action-permalink";
import { RowForm } from "@/components/forms/row-form";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Field, FieldError } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import type { RegisteredWebhook } from "@/lib/data/webhooks";
import styles from "./admin-webhooks.module.css";
import { useMessages } from "@/lib/i18n/client";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";

/** A refused registration echoes the URL typed, so the form keeps it even after a full page load. */
export type RegistrationResult = ActionResult<RegisteredWebhook> & { submitted?: { url: string } };

interface RegisterWebhookFormProps {
  register: FormAction<RegistrationResult | null>;
  /** The events a receiver can be told of, with their words (from the page: the schema's module is server code). */
  events: { value: string; label: string }[];
}

/** Register a receiver: its URL and events; the signing secret is shown here once. */
export function RegisterWebhookForm({ register, events }: RegisterWebhookFormProps) {
  const t = useMessages(ADMIN_MESSAGES).registerWebhookForm;
  const registering = useFormAction(register, {
    permalink: actionPermalink("/admin/webhooks"),
    onSuccess: (_, form) => form?.reset(),
  });
  const { state, errors } = registering;

  return (
    <RowForm
      action={registering}
      submit={t.registerWebhook}
      pendingLabel={t.registering}
      made={state?.ok && <OneTimeSigningSecret webhook={state.data} />}
    >
      <Field id="webhook-url" label={t.receiverUrl} error={errors.url} className={styles.urlField}>
        <input
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={t.httpsCmsExampleOrg}
          defaultValue={state && !state.ok ? state.submitted?.url : undefined}
        />
      </Field>
      <fieldset className={styles.events} aria-describedby={errors.events ? "webhook-events-error" : undefined}>
        <legend>{t.tellItWhen}</legend>
        {events.map((event) => (
          <label key={event.value}>
            <input type="checkbox" name="events" value={event.value} defaultChecked />
            {event.label}
          </label>
        ))}
        {errors.events && <FieldError id="webhook-events-error">{errors.events}</FieldError>}
      </fieldset>
    </RowForm>
  );
}

function OneTimeSigningSecret({ webhook }: { webhook: RegisteredWebhook }) {
  const t = useMessages(ADMIN_MESSAGES).registerWebhookForm;
  return (
    <OneTimeSecret headingId="webhook-secret-heading" title={t.webhookRegisteredCopyIts}>
      <p>{t.signedDeliveries(webhook.url)}</p>
      <code data-testid="webhook-secret" className={styles.secret}>
        {webhook.secret}
      </code>
    </OneTimeSecret>
  );
}
