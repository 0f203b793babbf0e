import type { ReactNode } from "react";
import { cx } from "./class-names";
import styles from "./data-table.module.css";
import { TableHead } from "./table-head";

interface DataTableProps {
  /** Said by screen readers, hidden on screen: the page's heading already says it. */
  caption: string;
  /** The columns' names, the table's head. */
  columns: string[];
  /**
   * On a narrow screen: "cards" turns each row into a small card (give each cell a CellLabel),
   * "scroll" lets a wide table scroll sideways.
   */
  narrow: "cards" | "scroll";
  className?: string;
  /** The rows (<tr>), each cell with a CellLabel when `narrow` is "cards". */
  children: ReactNode;
}

/** A table of the staff's pages (accounts, tokens, deliveries, the audit). */
export function DataTable({ caption, columns, narrow, className, children }: DataTableProps) {
  const table = (
    <table className={cx(styles.table, narrow === "cards" && styles.cards, className)}>
      <TableHead caption={caption} columns={columns} />
      <tbody>{children}</tbody>
    </table>
  );
  return narrow === "scroll" ? <div className={styles.scroll}>{table}</div> : table;
}

/** A cell's column name, shown inside the cell when the row is a card (hidden from screen readers). */
export function CellLabel({ children }: { children: ReactNode }) {
  return (
    <span className={styles.cellLabel} aria-hidden="true">
      {children}
    </span>
  );
}
