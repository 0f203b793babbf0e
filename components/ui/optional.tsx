"use client";

import { useMessages } from "@/lib/i18n/client";
import { FORM_MESSAGES } from "@/lib/i18n/messages/staff/forms";
import styles from "./field.module.css";

/** " (optional)", after a label: a client component, so a field drawn on the server or in the browser both say it. */
export function Optional() {
  return <span className={styles.optional}>{useMessages(FORM_MESSAGES).optional}</span>;
}
