"use client";

import {
  startTransition,
  useActionState,
  useEffect,
  useEffectEvent,
  useRef,
  type FormEvent,
  type RefObject,
} from "react";
import type { ActionError, ActionResult } from "@/lib/auth/action-result";
import { isDatabaseFault } from "./save-fault";

/** A server action as a form calls it: its previous answer, then what the form sends. */
export type FormAction<Answer, Payload = FormData> = (previous: Answer, payload: Payload) => Promise<Answer>;

/** What a successful answer carries (`data` of an ActionResult). */
type SuccessData<Answer> = Answer extends { ok: true; data: infer Data } ? Data : never;

interface FormActionOptions<Answer> {
  /** Where the form posts without JavaScript: the page it is on (actionPermalink). */
  permalink?: string;
  /** After a successful answer, with the form (to clear it, say). */
  onSuccess?: (data: SuccessData<Answer>, form: HTMLFormElement | null) => void;
  /** After a refusal. */
  onFailure?: (error: ActionError) => void;
}

export interface FormActionState<State, Payload> {
  /** The last answer (the initial state before any). */
  state: State;
  pending: boolean;
  /** Spread on the <form>: its action (which also works without JavaScript) and a submit that keeps what was typed. */
  form: {
    ref: RefObject<HTMLFormElement | null>;
    action: (formData: FormData) => void;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    noValidate: true;
  };
  /** Sends a payload made by hand (a set of fields that is not a form of its own). */
  send: (payload: Payload) => void;
  /** A refusal's message for each field it is about. */
  errors: Record<string, string>;
  /** The refusal, whatever it is about. */
  failure: ActionError | null;
  /** A refusal's message when no field carries it and it is not the database's state (SaveFault says that). */
  formError: string | null;
}

const isResult = (answer: unknown): answer is ActionResult<unknown> =>
  typeof answer === "object" && answer !== null && "ok" in answer && typeof answer.ok === "boolean";

/**
 * The one way a form here talks to its server action. React resets a form after its action runs
 * (a select snaps back to its first option, a refused text is lost), so the submit goes by hand
 * and the form keeps what was typed; without JavaScript the form still posts to the same action,
 * on the page given as `permalink`.
 */
export function useFormAction<Answer, Payload = FormData>(
  action: FormAction<Answer, Payload>,
  options: FormActionOptions<Answer> & { initial: Answer },
): FormActionState<Answer, Payload>;
export function useFormAction<Answer, Payload = FormData>(
  action: FormAction<Answer | null, Payload>,
  options?: FormActionOptions<Answer>,
): FormActionState<Answer | null, Payload>;
export function useFormAction<Answer, Payload>(
  action: FormAction<Answer | null, Payload>,
  options: FormActionOptions<Answer> & { initial?: Answer } = {},
): FormActionState<Answer | null, Payload> {
  // React types the state as Awaited<State>; the answers here are plain values, so it is the same type.
  const [answer, formAction, pending] = useActionState<Answer | null, Payload>(
    action as never,
    (options.initial ?? null) as never,
    options.permalink,
  );
  const state = answer as Answer | null;
  const ref = useRef<HTMLFormElement>(null);

  const answered = useEffectEvent((answer: Answer | null) => {
    if (!isResult(answer)) return;
    if (answer.ok) options.onSuccess?.(answer.data as SuccessData<Answer>, ref.current);
    else options.onFailure?.(answer.error);
  });
  useEffect(() => answered(state), [state]);

  const send = (payload: Payload) => startTransition(() => formAction(payload));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(new FormData(event.currentTarget) as Payload);
  };

  const failure = isResult(state) && !state.ok ? state.error : null;
  return {
    state,
    pending,
    form: { ref, action: formAction as (formData: FormData) => void, onSubmit, noValidate: true },
    send,
    errors: failure?.fields ?? {},
    failure,
    formError: failure && !failure.fields && !isDatabaseFault(state) ? failure.message : null,
  };
}
