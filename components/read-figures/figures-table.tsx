import { CellLabel, DataTable } from "@/components/ui/data-table";
import { useMessages } from "@/lib/i18n/client";
import { READER_MESSAGES } from "@/lib/i18n/messages/reader";
import type { FigureReading } from "@/lib/reading/read-figures";
import styles from "./read-figures.module.css";

// Part of the reader's form (a client component): rendered on the server first, then in the browser.
// On a phone each row becomes a card, and the visible column names inside the cells are
// hidden from screen readers, which already announce the real column headers.
// The quote stays in the language of the text (`textLang`, marked so that a screen reader
// pronounces it right); the rest is in the reader's.
export function FiguresTable({ figures, textLang }: { figures: FigureReading[]; textLang: string }) {
  const t = useMessages(READER_MESSAGES).table;
  return (
    <DataTable
      caption={t.caption}
      columns={[t.inText, t.qualifier, t.allows, t.kind]}
      narrow="cards"
      className={styles.figures}
    >
      {figures.map((figure) => (
        <tr key={figure.start}>
          <td className={styles.context} lang={textLang}>
            {figure.before}
            <mark>{figure.quote}</mark>
            {figure.after}
          </td>
          <td>
            <CellLabel>{t.qualifier}</CellLabel>
            {figure.qualifier}
          </td>
          <td className={styles.interval}>
            <CellLabel>{t.allows}</CellLabel>
            {figure.interval}
          </td>
          <td>
            <CellLabel>{t.kind}</CellLabel>
            <span>
              {figure.kind}
              {figure.unit && <span className={styles.unit}> ({figure.unit})</span>}
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
