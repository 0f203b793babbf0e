"use client";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import styles from "./status-pages.module.css";

// An unexpected failure: the details stay in the server log, and the reader gets only the
// reference that finds them there (error.digest), never the raw message.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <Notice as="section" tone="error" className={styles.error} role="alert">
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown. Please try again.
        {reference && (
          <>
            {" "}
            If it keeps happening, quote reference <code>{reference}</code>.
          </>
        )}
      </p>
      <Button onClick={retry}>Try again</Button>
    </Notice>
  );
}
