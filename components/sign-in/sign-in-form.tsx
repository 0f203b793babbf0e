"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useMessages } from "@/lib/i18n/client";
import { SIGN_IN_MESSAGES } from "@/lib/i18n/messages/staff/sign-in";
import { safeReturnPath } from "@/lib/validation/return-path";
import styles from "./sign-in.module.css";

export interface SignInMessages {
  /** The one answer for an unknown email, a wrong password and a disabled account. */
  refused: string;
  /**
   * How the "wait" answer starts ("Too many attempts from this address: try again in "): the
   * server ends it with the seconds or minutes left, so it is matched by its start.
   */
  throttled: string;
}

type FieldErrors = { email?: string; password?: string };

// Only the server's own wait sentence is shown as it came: its start, a number and a unit.
const isWaitAnswer = (error: string, start: string) =>
  error.startsWith(start) && /^\d{1,4} (?:seconds?|minutes)\.$/.test(error.slice(start.length));

export function SignInForm({ messages, callbackUrl }: { messages: SignInMessages; callbackUrl?: string }) {
  const t = useMessages(SIGN_IN_MESSAGES);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");

    const missing: FieldErrors = {};
    if (!email) missing.email = t.enterEmail;
    if (!password) missing.password = t.enterPassword;
    setFieldErrors(missing);
    setFormError(null);
    if (missing.email || missing.password) return;

    setPending(true);
    try {
      const answer = await signIn("credentials", { email, password, redirect: false });
      if (answer?.ok && !answer.error) {
        // A full page load, so every part of the page (the staff bar too) is drawn signed in.
        window.location.assign(safeReturnPath(callbackUrl, window.location.origin));
        return;
      }
      // next-auth passes the message thrown by the server; only the two known ones are shown.
      const error = answer?.error ?? "";
      if (isWaitAnswer(error, messages.throttled)) setFormError(error);
      else if (error === messages.refused || error === "CredentialsSignin") setFormError(messages.refused);
      else setFormError(t.unavailable);
    } catch {
      setFormError(t.unavailable);
    }
    setPending(false);
  }

  return (
    // method="post": should the script not have loaded, a submission must never put the
    // password in the address bar, the history and the server's logs.
    <form
      className={styles.form}
      method="post"
      onSubmit={submit}
      noValidate
      aria-describedby={formError ? "sign-in-error" : undefined}
    >
      {formError && (
        <Notice id="sign-in-error" tone="error" role="alert">
          {formError}
        </Notice>
      )}
      <Field id="sign-in-email" label={t.email} error={fieldErrors.email}>
        <input
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
      </Field>
      <Field id="sign-in-password" label={t.password} error={fieldErrors.password}>
        <input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" pending={pending} pendingLabel={t.pending}>
        {t.submit}
      </Button>
    </form>
  );
}

/** The sign-in card: what the page is, the form, and where to turn without an account. */
export function SignInPanel({ messages, callbackUrl }: { messages: SignInMessages; callbackUrl?: string }) {
  const t = useMessages(SIGN_IN_MESSAGES);
  return (
    <Card as="section" className={styles.panel} aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{t.title}</h1>
      <p className={styles.intro}>{t.intro}</p>
      <noscript>
        <Notice tone="error">{t.needsJavaScript}</Notice>
      </noscript>
      <SignInForm messages={messages} callbackUrl={callbackUrl} />
      <p className={styles.help}>{t.help}</p>
    </Card>
  );
}
