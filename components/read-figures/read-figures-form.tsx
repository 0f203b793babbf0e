"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { readFiguresAction, type ReadFiguresState } from "@/app/actions/read-figures";
import { formatNumber } from "@/lib/i18n/format";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { READER_MESSAGES } from "@/lib/i18n/messages/reader";
import { MAX_TEXT_LENGTH } from "@/lib/validation/read-figures-limits";
import { ReadFiguresResult } from "./read-figures-result";

/**
 * The "Read a figure" form, in the reader's language (`locale`, from the page). People most often
 * paste text in the language they read, so that is the text's language until they choose another.
 */
export function ReadFiguresForm({ locale }: { locale: Locale }) {
  const t = READER_MESSAGES[locale].form;
  const initialState: ReadFiguresState = { status: "idle", fields: { text: "", lang: locale } };
  // The permalink is where the form posts without JavaScript (the home page, where it lives).
  // Without one React writes action="", which HTML does not allow (the W3C checker's error).
  const [state, formAction, pending] = useActionState(readFiguresAction, initialState, "/");
  const errors = state.status === "invalid" ? state.errors : {};

  // React resets a form after its action runs, and a select then snaps back to its first
  // option (React does not update a select's defaultValue). Submitting by hand skips that
  // reset; without JavaScript the form still posts to the same action.
  function submitWithoutReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <>
      {/* noValidate: the server's message, shown beside the field, is the one people read. */}
      <form action={formAction} onSubmit={submitWithoutReset} className="reader-form" noValidate>
        <div className="field">
          <label htmlFor="read-text">{t.textLabel}</label>
          <p id="read-text-hint" className="field-hint">
            {t.hint(formatNumber(MAX_TEXT_LENGTH, locale))}
          </p>
          <textarea
            id="read-text"
            name="text"
            rows={5}
            defaultValue={state.fields.text}
            placeholder={t.placeholder}
            aria-required="true"
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={errors.text ? "read-text-error read-text-hint" : "read-text-hint"}
          />
          {errors.text && (
            <p id="read-text-error" className="field-error">
              {errors.text}
            </p>
          )}
        </div>

        <div className="reader-actions">
          <div className="field">
            <label htmlFor="read-lang">{t.langLabel}</label>
            <select
              id="read-lang"
              name="lang"
              defaultValue={state.fields.lang}
              aria-invalid={errors.lang ? true : undefined}
              aria-describedby={errors.lang ? "read-lang-error" : undefined}
            >
              {LOCALES.map((lang) => (
                <option key={lang} value={lang}>
                  {t.langNames[lang]}
                </option>
              ))}
            </select>
            {errors.lang && (
              <p id="read-lang-error" className="field-error">
                {errors.lang}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t.pending : t.submit}
          </button>
        </div>
      </form>

      <div className="reader-result" aria-live="polite">
        <ReadFiguresResult state={state} locale={locale} />
      </div>
    </>
  );
}
