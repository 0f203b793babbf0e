"use client";

import Link from "next/link";
import { createSourceAction } from "@/app/sources/actions";
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from "@/lib/validation/newsroom";
import { FormField } from "./form-field";
import { SaveFault, isDatabaseFault } from "./save-fault";
import { useFormAction } from "./use-form-action";
import styles from "./newsroom.module.css";

/** A new source; a name already in the list (however written) is not entered twice. */
export function SourceForm() {
  const { state, submit, pending, errors } = useFormAction(createSourceAction, (data, form) => {
    if (!data.existed) form.reset();
  });
  return (
    <form onSubmit={submit} className={`${styles.form} ${styles.panel}`} noValidate>
      <h2>New source</h2>
      {state?.ok && (
        <p className="notice" role="status">
          {state.data.existed ? (
            <>
              “{state.data.source.name}” is already in the list: nothing was added.{" "}
              <Link href={`/sources?q=${encodeURIComponent(state.data.source.name)}`}>Show it</Link>
            </>
          ) : (
            <>“{state.data.source.name}” was added.</>
          )}
        </p>
      )}
      {state && !state.ok && !state.error.fields && !isDatabaseFault(state) && (
        <p className="notice notice-error" role="alert">
          {state.error.message}
        </p>
      )}
      <FormField id="source-name" label="Name" error={errors.name} hint="Who counted: “Governor of Hatay province”, “Syrian Observatory for Human Rights (OSDH)”.">
        <input type="text" name="name" />
      </FormField>
      <div className={styles.grid2}>
        <FormField id="source-kind" label="Kind" error={errors.kind}>
          <select name="kind" defaultValue="">
            <option value="">Choose…</option>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SOURCE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="source-country" label="Country or side" optional error={errors.country}>
          <input type="text" name="country" />
        </FormField>
      </div>
      <FormField id="source-homepage" label="Homepage" optional error={errors.homepage}>
        <input type="url" name="homepage" inputMode="url" placeholder="https://" />
      </FormField>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Adding…" : "Add source"}
        </button>
        <SaveFault result={state} />
      </div>
    </form>
  );
}
