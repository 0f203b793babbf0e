"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/action-result";

type FormAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A server action behind a form that keeps what was typed: React resets a form after its action
 * runs, so the form is sent by hand instead. `errors` holds the message for each field.
 */
export function useFormAction<T>(action: FormAction<T>, onSuccess?: (data: T, form: HTMLFormElement) => void) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, { formData: FormData; form: HTMLFormElement }>(
    async (previous, { formData, form }) => {
      const result = await action(previous, formData);
      if (result.ok) onSuccess?.(result.data, form);
      return result;
    },
    null,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    startTransition(() => formAction({ formData, form }));
  }

  const errors: Record<string, string> = state && !state.ok ? (state.error.fields ?? {}) : {};
  return { state, submit, pending, errors };
}
