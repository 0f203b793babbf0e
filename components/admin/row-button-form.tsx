"use client";

import type { FormEvent, ReactNode } from "react";
import type { FormActionState } from "@/components/forms/use-form-action";
import { Button, type ButtonVariant } from "@/components/ui/button";

/**
 * A row's one-button form: the hidden fields naming what it acts on, a small submit button, and
 * what stands before it (a question) and after it (a cancel button, the outcome). `confirm`, when
 * given, asks first.
 */
export function RowButtonForm({
  action,
  fields,
  label,
  variant = "secondary",
  pendingLabel,
  confirm,
  id,
  className,
  children,
  before,
  after,
}: {
  action: Pick<FormActionState<unknown, never>, "form" | "pending">;
  fields: Record<string, string>;
  /** The button's accessible name, saying what it acts on ("Revoke the token Wire desk"). */
  label: string;
  variant?: ButtonVariant;
  pendingLabel?: ReactNode;
  confirm?: string;
  id?: string;
  className?: string;
  children: ReactNode;
  before?: ReactNode;
  after?: ReactNode;
}) {
  const { form, pending } = action;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (confirm && !window.confirm(confirm)) event.preventDefault();
    else form.onSubmit(event);
  };
  return (
    <form id={id} {...form} onSubmit={onSubmit} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {before}
      <Button
        type="submit"
        variant={variant}
        size="small"
        pending={pending}
        pendingLabel={pendingLabel}
        aria-label={label}
      >
        {children}
      </Button>
      {after}
    </form>
  );
}
