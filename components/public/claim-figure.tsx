import { figurePhrase, intervalInWords, type FigureFields } from "@/lib/explain";
import { requestLocale } from "@/lib/i18n/server";
import styles from "./public.module.css";

/** The figure as the source put it, and what it allows: "at least 29 · 29 or more". */
export async function ClaimFigure({ figure }: { figure: FigureFields }) {
  const locale = await requestLocale();
  const said = figurePhrase(figure, locale);
  const allows = intervalInWords(figure, locale);
  return (
    <>
      <span className={styles.figure}>{said}</span>
      {allows !== said && <span className={styles.muted}> · {allows}</span>}
    </>
  );
}

/** The sentence in its own language, the quoted figure marked inside it. */
export function QuotedSentence({ sentence, quote, language }: { sentence: string; quote: string; language: string }) {
  const at = sentence.indexOf(quote);
  // Quotation marks as the quote's own language writes them.
  const [open, close] = language.startsWith("fr") ? ["«\u00a0", "\u00a0»"] : ["“", "”"];
  return (
    <p className={styles.quote} lang={language}>
      {open}
      {at < 0 ? (
        sentence
      ) : (
        <>
          {sentence.slice(0, at)}
          <mark>{quote}</mark>
          {sentence.slice(at + quote.length)}
        </>
      )}
      {close}
    </p>
  );
}
