"use client";

import { useId, useState, useTransition } from "react";
import { createSourceAction } from "@/app/sources/actions";
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from "@/lib/validation/newsroom";
import type { Choice } from "./search-picker";
import styles from "./newsroom.module.css";

interface NewSourceFieldsProps {
  initialName: string;
  onCreated: (choice: Choice, existed: boolean) => void;
  onCancel: () => void;
}

/**
 * A new source, typed inside a claim form. Its inputs have no `name`, so they never travel with
 * the claim form; "Add this source" sends them on their own.
 */
export function NewSourceFields({ initialName, onCreated, onCancel }: NewSourceFieldsProps) {
  const id = useId();
  const [values, setValues] = useState({ name: initialName, kind: "", country: "", homepage: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function add() {
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) form.set(key, value);
    startTransition(async () => {
      const result = await createSourceAction(null, form);
      if (result.ok) {
        const { source, existed } = result.data;
        onCreated({ id: source.id, label: source.name, detail: source.country }, existed);
      } else {
        setErrors(result.error.fields ?? {});
        setMessage(result.error.fields ? null : result.error.message);
      }
    });
  }

  const field = (key: keyof typeof values, label: string, input: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
      {errors[key] && (
        <p id={`${id}-${key}-error`} className="field-error">
          {errors[key]}
        </p>
      )}
    </div>
  );
  const common = (key: keyof typeof values) => ({
    id: `${id}-${key}`,
    value: values[key],
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${id}-${key}-error` : undefined,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: event.target.value })),
  });

  return (
    <div className={styles.inlinePanel} role="group" aria-label="New source">
      <p className={styles.inlineTitle}>New source</p>
      <div className={styles.grid2}>
        {field("name", "Source name", <input type="text" {...common("name")} />)}
        {field(
          "kind",
          "Kind of source",
          <select {...common("kind")}>
            <option value="">Choose…</option>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SOURCE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>,
        )}
        {field("country", "Country or side", <input type="text" {...common("country")} />)}
        {field("homepage", "Homepage", <input type="url" inputMode="url" placeholder="https://" {...common("homepage")} />)}
      </div>
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
      <div className={styles.actions}>
        <button type="button" className="button" onClick={add} disabled={pending}>
          {pending ? "Adding…" : "Add this source"}
        </button>
        <button type="button" className={styles.secondaryButton} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
