import type { Locale } from "@/lib/i18n/locale";
import { READER_MESSAGES } from "@/lib/i18n/messages/reader";
import type { FigureReading } from "@/lib/reading/read-figures";

// No hooks and no browser APIs: this renders the same on the server and in the browser.
// On a phone each row becomes a card, and the visible column names inside the cells are
// hidden from screen readers, which already announce the real column headers.
// The quote stays in the language of the text (`textLang`, marked so that a screen reader
// pronounces it right); the rest is in the reader's (`locale`).
export function FiguresTable({ figures, textLang, locale }: { figures: FigureReading[]; textLang: string; locale: Locale }) {
  const t = READER_MESSAGES[locale].table;
  return (
    <table className="figures">
      <caption className="visually-hidden">{t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.inText}</th>
          <th scope="col">{t.qualifier}</th>
          <th scope="col">{t.allows}</th>
          <th scope="col">{t.kind}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.start}>
            <td className="figures-context" lang={textLang}>
              {figure.before}
              <mark>{figure.quote}</mark>
              {figure.after}
            </td>
            <td>
              <CellLabel>{t.qualifier}</CellLabel>
              {figure.qualifier}
            </td>
            <td className="figures-interval">
              <CellLabel>{t.allows}</CellLabel>
              {figure.interval}
            </td>
            <td>
              <CellLabel>{t.kind}</CellLabel>
              <span>
                {figure.kind}
                {figure.unit && <span className="figures-unit"> ({figure.unit})</span>}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellLabel({ children }: { children: string }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {children}
    </span>
  );
}
