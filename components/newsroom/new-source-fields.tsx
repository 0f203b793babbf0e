"use client";

import { useId, useState } from "react";
import { SaveFault } from "@/components/forms/save-fault";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ButtonRow } from "@/components/ui/button";
import { Field, Options } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SOURCE_KINDS } from "@/lib/validation/newsroom";
import type { Choice } from "./search-picker";
import type { CreateSourceAction } from "./source-form";
import styles from "./newsroom.module.css";
import { useMessages } from "@/lib/i18n/client";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

interface NewSourceFieldsProps {
  create: CreateSourceAction;
  initialName: string;
  onCreated: (choice: Choice, existed: boolean) => void;
  onCancel: () => void;
}

/**
 * A new source, typed inside a claim form. Its inputs have no `name`, so they never travel with
 * the claim form; "Add this source" sends them on their own.
 */
export function NewSourceFields({ create, initialName, onCreated, onCancel }: NewSourceFieldsProps) {
  const t = useMessages(NEWSROOM_MESSAGES).newSourceFields;
  const labels = useMessages(LABEL_MESSAGES);
  const id = useId();
  const [values, setValues] = useState({ name: initialName, kind: "", country: "", homepage: "" });
  const { state, pending, send, errors, formError } = useFormAction(create, {
    onSuccess: ({ source, existed }) =>
      onCreated({ id: source.id, label: source.name, detail: source.country }, existed),
  });

  function add() {
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) form.set(key, value);
    send(form);
  }

  const at = (key: keyof typeof values) => ({ id: `${id}-${key}`, error: errors[key] });
  const bind = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [key]: event.target.value })),
  });

  return (
    <div className={styles.inlinePanel} role="group" aria-label={t.newSource}>
      <p className={styles.inlineTitle}>{t.newSource}</p>
      <div className={styles.grid2}>
        <Field {...at("name")} label={t.sourceName}>
          <input type="text" {...bind("name")} />
        </Field>
        <Field {...at("kind")} label={t.kindOfSource}>
          <select {...bind("kind")}>
            <option value="">{t.choose}</option>
            <Options values={SOURCE_KINDS} label={(kind) => labels.sourceKinds[kind]} />
          </select>
        </Field>
        <Field {...at("country")} label={t.countryOrSide}>
          <input type="text" {...bind("country")} />
        </Field>
        <Field {...at("homepage")} label={t.homepage}>
          <input type="url" inputMode="url" placeholder={t.https} {...bind("homepage")} />
        </Field>
      </div>
      {formError && (
        <Notice tone="error" role="alert">
          {formError}
        </Notice>
      )}
      <ButtonRow>
        <Button onClick={add} pending={pending} pendingLabel={t.adding}>
          {t.addThisSource}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
        <SaveFault result={state} />
      </ButtonRow>
    </div>
  );
}
