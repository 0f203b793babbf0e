"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldRow } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SaveFault } from "./save-fault";
import type { FormActionState } from "./use-form-action";

interface RowFormProps {
  /** The form's action, from useFormAction. */
  action: FormActionState<unknown, FormData>;
  submit: string;
  pendingLabel: string;
  /** What a success shows under the form (a secret shown once). */
  made?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/**
 * A short form (the admin's invitation, token, webhook): its fields side by side, its button
 * level with them, and under it the last answer, read out as it comes: a refusal no field
 * carries, the database's state (SaveFault, focused), or what was made.
 */
export function RowForm({ action, submit, pendingLabel, made, children }: RowFormProps) {
  return (
    <>
      <form {...action.form}>
        <FieldRow>
          {children}
          <Button type="submit" pending={action.pending} pendingLabel={pendingLabel}>
            {submit}
          </Button>
        </FieldRow>
      </form>
      <div aria-live="polite">
        {action.formError && (
          <Notice tone="error" role="alert">
            {action.formError}
          </Notice>
        )}
        <SaveFault result={action.state} />
        {made}
      </div>
    </>
  );
}
