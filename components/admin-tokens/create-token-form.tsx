"use client";

import { useState } from "react";
import { OneTimeSecret } from "@/components/admin/one-time-secret";
import { actionPermalink } from "@/components/forms/action-permalink";
import { RowForm } from "@/components/forms/row-form";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, InputField, Options } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/action-result";
import type { Role } from "@/lib/auth/policy";
import { API_TOKEN_SCOPE_LABELS, API_TOKEN_SCOPES } from "@/lib/auth/api-token";
import type { ApiTokenListing } from "@/lib/data/api-tokens";
import styles from "./admin-tokens.module.css";
import { useMessages } from "@/lib/i18n/client";
import { ADMIN_MESSAGES } from "@/lib/i18n/messages/staff/admin";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

export interface TokenAccount {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface NewToken {
  /** The whole token: shown once on the admin's screen, stored only as a hash of its secret. */
  token: string;
  listing: ApiTokenListing;
}

interface CreateTokenFormProps {
  accounts: TokenAccount[];
  selfId: string;
  createToken: FormAction<ActionResult<NewToken> | null>;
}

/** A new token: a name, a scope and the account it acts as; the token is shown here once. */
export function CreateTokenForm({ accounts, selfId, createToken }: CreateTokenFormProps) {
  const t = useMessages(ADMIN_MESSAGES).createTokenForm;
  const labels = useMessages(LABEL_MESSAGES);
  const creating = useFormAction(createToken, {
    permalink: actionPermalink("/admin/tokens"),
    onSuccess: (_, form) => form?.reset(),
  });
  const { state, errors } = creating;

  return (
    <RowForm
      action={creating}
      submit={t.createToken}
      pendingLabel={t.creating}
      made={state?.ok && <OneTimeToken created={state.data} />}
    >
      <InputField
        id="token-name"
        label={t.name}
        errors={errors}
        name="name"
        autoComplete="off"
        placeholder={t.wireDeskImporter}
      />
      <Field id="token-scope" label={t.may} error={errors.scope}>
        <select name="scope" defaultValue="read">
          <Options values={API_TOKEN_SCOPES} label={(scope) => API_TOKEN_SCOPE_LABELS[scope]} />
        </select>
      </Field>
      <Field id="token-actingUserId" label={t.actsAs} error={errors.actingUserId}>
        <select name="actingUserId" defaultValue={selfId}>
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name} ({labels.roles[account.role].toLowerCase()}, {account.email})
            </option>
          ))}
        </select>
      </Field>
    </RowForm>
  );
}

function OneTimeToken({ created }: { created: NewToken }) {
  const t = useMessages(ADMIN_MESSAGES).createTokenForm;
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const { token, listing } = created;

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }

  return (
    <OneTimeSecret headingId="one-time-token-heading" title={t.tokenCreated(listing.name)}>
      <p>
        <strong>{t.copyItNowIt}</strong>
        {t.onlyAHashOf} {listing.scope === "read" ? t.read : t.writeDrafts}
        {t.as}
        {listing.actingUser.name}.
      </p>
      <p className={styles.token}>
        <code data-testid="one-time-token">{token}</code>
        <Button variant="secondary" size="small" onClick={copy}>
          {t.copyToken}
        </Button>
        <span role="status">{copied === "yes" ? t.copied : copied === "no" ? t.couldNotCopySelect : ""}</span>
      </p>
    </OneTimeSecret>
  );
}
