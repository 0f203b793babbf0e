"use client";

import Link from "next/link";
import { CardForm } from "@/components/forms/card-form";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Field, InputField, Options } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/auth/action-result";
import type { SourceRecord } from "@/lib/data/sources";
import { SOURCE_KINDS } from "@/lib/validation/newsroom";
import styles from "./newsroom.module.css";
import { useMessages } from "@/lib/i18n/client";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

/** Creates a source, or hands back the one already there under the same name (`existed`). */
export type CreateSourceAction = FormAction<ActionResult<{
  source: SourceRecord;
  existed: boolean;
}> | null>;

/** A new source; a name already in the list (however written) is not entered twice. */
export function SourceForm({ createSource }: { createSource: CreateSourceAction }) {
  const t = useMessages(NEWSROOM_MESSAGES).sourceForm;
  const labels = useMessages(LABEL_MESSAGES);
  const adding = useFormAction(createSource, {
    permalink: "/sources",
    onSuccess: (data, form) => {
      if (!data.existed) form?.reset();
    },
  });
  const { state, errors } = adding;
  const done = state?.ok && (
    <Notice role="status">
      {state.data.existed ? (
        <>
          {t.alreadyInList(state.data.source.name)}{" "}
          <Link href={`/sources?q=${encodeURIComponent(state.data.source.name)}`}>{t.showIt}</Link>
        </>
      ) : (
        <>{t.wasAdded(state.data.source.name)}</>
      )}
    </Notice>
  );
  return (
    <CardForm action={adding} title={t.newSource} submit={t.addSource} pendingLabel={t.adding} done={done}>
      <InputField id="source-name" label={t.name} hint={t.whoCountedGovernorOf} errors={errors} name="name" />
      <div className={styles.grid2}>
        <Field id="source-kind" label={t.kind} error={errors.kind}>
          <select name="kind" defaultValue="">
            <option value="">{t.choose}</option>
            <Options values={SOURCE_KINDS} label={(kind) => labels.sourceKinds[kind]} />
          </select>
        </Field>
        <InputField id="source-country" label={t.countryOrSide} optional errors={errors} name="country" />
      </div>
      <InputField
        id="source-homepage"
        label={t.homepage}
        optional
        errors={errors}
        name="homepage"
        type="url"
        inputMode="url"
        placeholder={t.https}
      />
    </CardForm>
  );
}
