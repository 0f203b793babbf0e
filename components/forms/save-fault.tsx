"use client";

import { useEffect, useRef } from "react";
import { DATABASE_FAULT_CODES, type ActionResult } from "@/lib/auth/action-result";

/** True when a form's answer is the database's state (busy, full, out of reach), not a mistake in the form. */
export function isDatabaseFault(result: ActionResult<unknown> | null | undefined): boolean {
  return Boolean(result && !result.ok && DATABASE_FAULT_CODES.includes(result.error.code));
}

/**
 * "The database is busy; nothing was saved. Try again in 5 seconds.", next to the button that
 * saves, where the person is looking, and focused so a screen reader says it at once. The form
 * keeps what was typed: pressing the button again is all it takes.
 */
export function SaveFault({ result }: { result: ActionResult<unknown> | null | undefined }) {
  const notice = useRef<HTMLParagraphElement>(null);
  const fault = isDatabaseFault(result) && result && !result.ok ? result.error : null;
  useEffect(() => {
    if (fault) notice.current?.focus();
  }, [fault]);
  if (!fault) return null;
  return (
    <p ref={notice} tabIndex={-1} className="notice notice-error" role="alert" data-fault={fault.code}>
      {fault.message}
    </p>
  );
}
