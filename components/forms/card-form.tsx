"use client";

import type { ReactNode } from "react";
import { Button, ButtonRow } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SaveFault } from "./save-fault";
import type { FormActionState } from "./use-form-action";
import styles from "./card-form.module.css";

interface CardFormProps {
  /** The form's action, from useFormAction. */
  action: FormActionState<unknown, FormData>;
  title: string;
  submit: string;
  pendingLabel: string;
  /** What a success says, above the fields ("“OSDH” was added."). */
  done?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/**
 * A form in a card beside a list (a new story, source or quantity): its title, what the last
 * answer said, the fields, and its button with the database's state next to it.
 */
export function CardForm({ action, title, submit, pendingLabel, done, children }: CardFormProps) {
  return (
    <Card as="form" {...action.form} className={styles.form}>
      <h2>{title}</h2>
      {done}
      {action.formError && (
        <Notice tone="error" role="alert">
          {action.formError}
        </Notice>
      )}
      {children}
      <ButtonRow>
        <Button type="submit" pending={action.pending} pendingLabel={pendingLabel}>
          {submit}
        </Button>
        <SaveFault result={action.state} />
      </ButtonRow>
    </Card>
  );
}
