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
  if (state.status === "limited") {
    return (
      <p className="notice notice-error" role="alert">
        {t.limited(formatNumber(state.retryAfterSeconds, locale))}
      </p>
    );
  }
  if (state.status !== "read") return null;

  const { total } = state;
  if (total === 0) {
    return <p className="notice">{t.none}</p>;
  }
  const shown = state.figures.length;
  return (
    <>
      <h3 className="result-heading">{t.found(total, formatNumber(total, locale))}</h3>
      {shown < total && <p className="notice">{t.firstShown(formatNumber(shown, locale))}</p>}
      <FiguresTable figures={state.figures} textLang={state.fields.lang} locale={locale} />
    </>
  );
}
