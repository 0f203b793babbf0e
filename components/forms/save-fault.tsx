"use client";

import { useEffect, useRef } from "react";
import { DATABASE_FAULT_CODES, type ActionResult } from "@/lib/auth/action-result";
import { Notice } from "@/components/ui/notice";

/** True when a form's answer is the database's state (busy, full, out of reach), not a mistake in the form. */
export function isDatabaseFault(result: unknown): boolean {
  const answer = result as ActionResult<unknown> | null | undefined;
  return Boolean(
    answer && typeof answer === "object" && answer.ok === false && DATABASE_FAULT_CODES.includes(answer.error.code),
  );
}

/**
 * "The database is busy; nothing was saved. Try again in 5 seconds.", next to the button that
 * saves, where the person is looking, and focused so a screen reader says it at once. The form
 * keeps what was typed: pressing the button again is all it takes.
 */
export function SaveFault({ result }: { result: unknown }) {
  const notice = useRef<HTMLElement>(null);
  const answer = result as ActionResult<unknown> | null | undefined;
  const fault = isDatabaseFault(answer) && answer && !answer.ok ? answer.error : null;
  useEffect(() => {
    if (fault) notice.current?.focus();
  }, [fault]);
  if (!fault) return null;
  return (
    <Notice ref={notice} tabIndex={-1} tone="error" role="alert" data-fault={fault.code}>
      {fault.message}
    </Notice>
  );
}
