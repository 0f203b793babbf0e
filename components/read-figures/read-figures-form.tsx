"use client";

import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field, Options } from "@/components/ui/field";
import { formatNumber } from "@/lib/i18n/format";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { LOCALES } from "@/lib/i18n/locale";
import { READER_MESSAGES } from "@/lib/i18n/messages/reader";
import { MAX_TEXT_LENGTH } from "@/lib/validation/read-figures-limits";
import { ReadFiguresResult } from "./read-figures-result";
import type { ReadFiguresState } from "./read-figures-state";
import styles from "./read-figures.module.css";

/**
 * The "Read a figure" form, in the reader's language. People most often
 * paste text in the language they read, so that is the text's language until they choose another.
 */
export function ReadFiguresForm({ readFigures }: { readFigures: FormAction<ReadFiguresState> }) {
  const locale = useLocale();
  const t = useMessages(READER_MESSAGES).form;
  // The permalink is where the form posts without JavaScript (the home page, where it lives).
  const { state, pending, form } = useFormAction(readFigures, {
    initial: { status: "idle", fields: { text: "", lang: locale } },
    permalink: "/",
  });
  const errors = state.status === "invalid" ? state.errors : {};

  return (
    <div className={styles.reader}>
      {/* noValidate (in `form`): the server's message, shown beside the field, is the one people read.
          The class name "reader-form" is how e2e/security/web-rules.spec.ts finds this form. */}
      <form {...form} className="reader-form">
        <Field
          id="read-text"
          label={t.textLabel}
          hint={t.hint(formatNumber(MAX_TEXT_LENGTH, locale))}
          error={errors.text}
        >
          <textarea
            name="text"
            rows={5}
            defaultValue={state.fields.text}
            placeholder={t.placeholder}
            aria-required="true"
          />
        </Field>

        <div className={styles.actions}>
          <Field id="read-lang" label={t.langLabel} error={errors.lang} className={styles.language}>
            <select name="lang" defaultValue={state.fields.lang}>
              <Options values={LOCALES} label={(lang) => t.langNames[lang]} />
            </select>
          </Field>
          <Button type="submit" pending={pending} pendingLabel={t.pending}>
            {t.submit}
          </Button>
        </div>
      </form>

      <div className={styles.result} aria-live="polite">
        <ReadFiguresResult state={state} />
      </div>
    </div>
  );
}
