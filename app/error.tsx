"use client";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useMessages } from "@/lib/i18n/client";
import { ERROR_PAGE_MESSAGES } from "@/lib/i18n/messages/error-page";
import styles from "./status-pages.module.css";

// An unexpected failure: the details stay in the server log, and the reader gets only the
// reference that finds them there (error.digest), never the raw message.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useMessages(ERROR_PAGE_MESSAGES);
  const reference = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <Notice as="section" tone="error" className={styles.error} role="alert">
      <h1>{t.title}</h1>
      <p>
        {t.body}
        {reference && (
          <>
            {" "}
            {t.quoteReference}
            <code>{reference}</code>
            {t.end}
          </>
        )}
      </p>
      <Button onClick={retry}>{t.retry}</Button>
    </Notice>
  );
}
