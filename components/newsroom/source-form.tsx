"use client";

import Link from "next/link";
import { CardForm } from "@/components/forms/card-form";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Field, Options } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/auth/action-result";
import type { SourceRecord } from "@/lib/data/sources";
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from "@/lib/validation/newsroom";
import styles from "./newsroom.module.css";

/** Creates a source, or hands back the one already there under the same name (`existed`). */
export type CreateSourceAction = FormAction<ActionResult<{
  source: SourceRecord;
  existed: boolean;
}> | null>;

/** A new source; a name already in the list (however written) is not entered twice. */
export function SourceForm({ createSource }: { createSource: CreateSourceAction }) {
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
          “{state.data.source.name}” is already in the list: nothing was added.{" "}
          <Link href={`/sources?q=${encodeURIComponent(state.data.source.name)}`}>Show it</Link>
        </>
      ) : (
        <>“{state.data.source.name}” was added.</>
      )}
    </Notice>
  );
  return (
    <CardForm action={adding} title="New source" submit="Add source" pendingLabel="Adding…" done={done}>
      <Field
        id="source-name"
        label="Name"
        error={errors.name}
        hint="Who counted: “Governor of Hatay province”, “Syrian Observatory for Human Rights (OSDH)”."
      >
        <input type="text" name="name" />
      </Field>
      <div className={styles.grid2}>
        <Field id="source-kind" label="Kind" error={errors.kind}>
          <select name="kind" defaultValue="">
            <option value="">Choose…</option>
            <Options values={SOURCE_KINDS} label={(kind) => SOURCE_KIND_LABELS[kind]} />
          </select>
        </Field>
        <Field id="source-country" label="Country or side" optional error={errors.country}>
          <input type="text" name="country" />
        </Field>
      </div>
      <Field id="source-homepage" label="Homepage" optional error={errors.homepage}>
        <input type="url" name="homepage" inputMode="url" placeholder="https://" />
      </Field>
    </CardForm>
  );
}
