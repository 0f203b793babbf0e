"use client";

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { actionPermalink } from "@/components/forms/action-permalink";
import { isDatabaseFault } from "@/components/forms/save-fault";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import type { ActionError, ActionResult } from "@/lib/auth/action-result";
import { countIn, fill, type BulkWords } from "@/lib/i18n/messages/claims-list";
import { BULK_FORM_ID } from "./bulk-form-id";
import { TickAll } from "./tick-all";
import type { ApprovalPreviewAnswer as PreviewAnswer, BulkAnswer } from "@/lib/data/claims-bulk";
import { ApprovalPreview } from "./approval-preview";
import { BulkOutcomeNotice, type BulkKind } from "./bulk-outcome";
import styles from "./claims-list.module.css";

export type BulkAction = FormAction<ActionResult<BulkAnswer> | null>;
export type PreviewAction = FormAction<ActionResult<PreviewAnswer> | null>;

interface BulkActionsProps {
  t: BulkWords;
  /** The canonical query of the list shown: "everything matching the filter". */
  filter: string;
  /** Claims matching the filter in all. */
  matching: number;
  limit: number;
  /** Reviewers may approve: they get "Preview approval". */
  reviewer: boolean;
  actions: { submit: BulkAction; preview: PreviewAction; approve: BulkAction; deleteDrafts: BulkAction };
}

type Scope = "selected" | "matching";

/** One of the two answers to "on which claims?". */
function ScopeChoice({
  value,
  scope,
  setScope,
  children,
}: {
  value: Scope;
  scope: Scope;
  setScope: (scope: Scope) => void;
  children: ReactNode;
}) {
  return (
    <label>
      <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} />
      <span>{children}</span>
    </label>
  );
}

/** One action's button: it sends the whole form to that action, and says so while it runs. */
function BulkButton({
  value,
  variant,
  action,
  pendingLabel,
  disabled,
  children,
}: {
  value: string;
  variant?: "secondary" | "danger";
  action: { form: { action: (formData: FormData) => void }; pending: boolean };
  pendingLabel: string;
  disabled: boolean;
  children: ReactNode;
}) {
  return (
    <Button
      type="submit"
      name="do"
      value={value}
      variant={variant}
      formAction={action.form.action}
      pending={action.pending}
      pendingLabel={pendingLabel}
      disabled={disabled}
    >
      {children}
    </Button>
  );
}

/** What went wrong, in the reader's words: the database's state, else the action's own message. */
export function failureWords(error: ActionError, t: BulkWords): string {
  const fault = isDatabaseFault({ ok: false, error }) ? t.faults[error.code as keyof BulkWords["faults"]] : null;
  if (fault) return fault;
  const field = error.fields ? Object.values(error.fields)[0] : undefined;
  return fill(t.failed, { message: field ?? error.message });
}

/**
 * The bulk actions: on the claims ticked in the table (their boxes belong to this form) or on
 * every claim matching the filter, at most `limit` per action. Submit goes at once; approval
 * first shows its preview, claim by claim, and approves only on confirmation; deleting drafts
 * asks first.
 */
export function BulkActions({ t, filter, matching, limit, reviewer, actions }: BulkActionsProps) {
  const permalink = actionPermalink(filter ? `/claims?${filter}` : "/claims", BULK_FORM_ID);
  const [ticked, setTicked] = useState(0);
  const [scope, setScope] = useState<Scope>("selected");
  const [notice, setNotice] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ kind: BulkKind; answer: BulkAnswer } | null>(null);
  // The form as it was when "Delete drafts" was pressed, kept until the person confirms.
  const [deleteAsked, setDeleteAsked] = useState<FormData | null>(null);
  const [preview, setPreview] = useState<PreviewAnswer | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  // Each action's answer goes to `onAnswer`; a refusal, in words, to the notice.
  const refused = (error: ActionError) => setNotice(failureWords(error, t));
  const submit = useFormAction(actions.submit, {
    permalink,
    onSuccess: (answer) => setOutcome({ kind: "submitted", answer }),
    onFailure: refused,
  });
  const previewing = useFormAction(actions.preview, { permalink, onSuccess: setPreview, onFailure: refused });
  const remove = useFormAction(actions.deleteDrafts, {
    permalink,
    onSuccess: (answer) => setOutcome({ kind: "deleted", answer }),
    onFailure: refused,
  });
  const approve = useFormAction(actions.approve, {
    onSuccess: (answer) => {
      setPreview(null);
      setOutcome({ kind: "approved", answer });
    },
    onFailure: refused,
  });

  // The table's boxes are outside this component: count them as they change.
  useEffect(() => {
    const count = () =>
      setTicked(document.querySelectorAll(`input[form="${BULK_FORM_ID}"][name="claim"]:checked`).length);
    count();
    document.addEventListener("change", count);
    return () => document.removeEventListener("change", count);
  }, []);

  useEffect(() => {
    if (outcome || notice) outcomeRef.current?.focus();
  }, [outcome, notice]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget);
    setNotice(null);
    setOutcome(null);
    setDeleteAsked(null);
    if (data.get("scope") === "selected" && data.getAll("claim").length === 0) {
      setNotice(t.nothingTicked);
      return;
    }
    if (submitter?.value === "preview") previewing.send(data);
    else if (submitter?.value === "delete") setDeleteAsked(data);
    else submit.send(data);
  };

  const pending = submit.pending || previewing.pending || approve.pending || remove.pending;
  return (
    <>
      <form id={BULK_FORM_ID} className={styles.bulk} action={submit.form.action} onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t.legend}</legend>
          <input type="hidden" name="filter" value={filter} />
          <div className={styles.scopes}>
            <ScopeChoice value="selected" scope={scope} setScope={setScope}>
              {t.scopeSelected} <span className={styles.muted}>({countIn(t.selected, ticked, t.numberLocale)})</span>
            </ScopeChoice>
            <ScopeChoice value="matching" scope={scope} setScope={setScope}>
              {countIn(t.scopeMatching, matching, t.numberLocale)}
            </ScopeChoice>
          </div>
          <label className={styles.tickAll}>
            <TickAll formId={BULK_FORM_ID} /> {t.selectPage}
          </label>
          <p className={styles.hint}>{fill(t.limit, { limit: new Intl.NumberFormat(t.numberLocale).format(limit) })}</p>
          <div className={styles.bulkButtons}>
            <BulkButton
              value="submit"
              variant="secondary"
              action={submit}
              pendingLabel={t.submitting}
              disabled={pending}
            >
              {t.submit}
            </BulkButton>
            <BulkButton value="delete" variant="danger" action={remove} pendingLabel={t.deleting} disabled={pending}>
              {t.deleteDrafts}
            </BulkButton>
            {reviewer && (
              <BulkButton value="preview" action={previewing} pendingLabel={t.previewing} disabled={pending}>
                {t.previewApproval}
              </BulkButton>
            )}
          </div>
        </fieldset>
      </form>
      {deleteAsked && (
        <Notice as="div" tone="error" role="alertdialog" aria-labelledby="bulk-delete-question">
          <p>
            <strong id="bulk-delete-question">{t.deleteQuestion}</strong> {t.deleteExplanation}
          </p>
          <div className={styles.bulkButtons}>
            <Button
              type="button"
              variant="danger"
              pending={remove.pending}
              pendingLabel={t.deleting}
              disabled={pending}
              onClick={() => {
                remove.send(deleteAsked);
                setDeleteAsked(null);
              }}
            >
              {t.deleteConfirm}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDeleteAsked(null)} disabled={pending}>
              {t.deleteCancel}
            </Button>
          </div>
        </Notice>
      )}
      <div ref={outcomeRef} tabIndex={-1} aria-live="polite">
        {notice && (
          <Notice tone="error" role="alert">
            {notice}
          </Notice>
        )}
        {outcome && <BulkOutcomeNotice kind={outcome.kind} answer={outcome.answer} t={t} />}
      </div>
      {preview && <ApprovalPreview preview={preview} t={t} approve={approve} onCancel={() => setPreview(null)} />}
    </>
  );
}
