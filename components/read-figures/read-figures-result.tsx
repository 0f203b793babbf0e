import { Notice } from "@/components/ui/notice";
import { formatNumber } from "@/lib/i18n/format";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { READER_MESSAGES } from "@/lib/i18n/messages/reader";
import { FiguresTable } from "./figures-table";
import type { ReadFiguresState } from "./read-figures-state";
import styles from "./read-figures.module.css";

/** What the reader learns after a submission: the figures, none, or that something broke. */
export function ReadFiguresResult({ state }: { state: ReadFiguresState }) {
  const locale = useLocale();
  const t = useMessages(READER_MESSAGES).result;
  if (state.status === "failed") {
    return (
      <Notice tone="error" role="alert">
        {t.failed} <code>{state.reference}</code>
        {t.failedEnd}
      </Notice>
    );
  }
  if (state.status === "limited") {
    return (
      <Notice tone="error" role="alert">
        {t.limited(formatNumber(state.retryAfterSeconds, locale))}
      </Notice>
    );
  }
  if (state.status !== "read") return null;

  const { total } = state;
  if (total === 0) {
    return <Notice>{t.none}</Notice>;
  }
  const shown = state.figures.length;
  return (
    <>
      <h3 className={styles.heading}>{t.found(total, formatNumber(total, locale))}</h3>
      {shown < total && <Notice>{t.firstShown(formatNumber(shown, locale))}</Notice>}
      <FiguresTable figures={state.figures} textLang={state.fields.lang} />
    </>
  );
}
