"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { readFiguresAction, type ReadFiguresState } from "@/app/actions/read-figures";
import { MAX_TEXT_LENGTH } from "@/lib/validation/read-figures-input";
import { ReadFiguresResult } from "./read-figures-result";

const initialState: ReadFiguresState = { status: "idle", fields: { text: "", lang: "en" } };

export function ReadFiguresForm() {
  const [state, formAction, pending] = useActionState(readFiguresAction, initialState);
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
          <label htmlFor="read-text">Text</label>
          <p id="read-text-hint" className="field-hint">
            A sentence or a whole article, up to {MAX_TEXT_LENGTH.toLocaleString("en")} characters.
          </p>
          <textarea
            id="read-text"
            name="text"
            rows={5}
            defaultValue={state.fields.text}
            placeholder="At least 29 soldiers were killed, said the governor of Hatay."
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
            <label htmlFor="read-lang">Language of the text</label>
            <select
              id="read-lang"
              name="lang"
              defaultValue={state.fields.lang}
              aria-invalid={errors.lang ? true : undefined}
              aria-describedby={errors.lang ? "read-lang-error" : undefined}
            >
              <option value="en">English</option>
              <option value="fr">French</option>
            </select>
            {errors.lang && (
              <p id="read-lang-error" className="field-error">
                {errors.lang}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Reading…" : "Read the figures"}
          </button>
        </div>
      </form>

      <div className="reader-result" aria-live="polite">
        <ReadFiguresResult state={state} />
      </div>
    </>
  );
}
