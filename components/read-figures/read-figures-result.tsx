import type { ReadFiguresState } from "@/app/actions/read-figures";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { READER_MESSAGES } from "@/lib/i18n/messages/reader";
import { FiguresTable } from "./figures-table";

/** What the reader learns after a submission: the figures, none, or that something broke. */
export function ReadFiguresResult({ state, locale }: { state: ReadFiguresState; locale: Locale }) {
  const t = READER_MESSAGES[locale].result;
  if (state.status === "failed") {
    return (
      <p className="notice notice-error" role="alert">
        {t.failed} <code>{state.reference}</code>
        {t.failedEnd}
      </p>
    );
  }
  if (state.status !== "read") return null;

  const count = state.figures.length;
  if (count === 0) {
    return <p className="notice">{t.none}</p>;
  }
  return (
    <>
      <h3 className="result-heading">{t.found(count, formatNumber(count, locale))}</h3>
      <FiguresTable figures={state.figures} textLang={state.fields.lang} locale={locale} />
    </>
  );
}
