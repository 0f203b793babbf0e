import type { ReactNode } from "react";
import styles from "./newsroom.module.css";

/** A staff page's frame: its title, a line saying what the page is for, then the page. */
export function StaffPage({ title, lede, children }: { title: ReactNode; lede: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.page}>
      <h1>{title}</h1>
      <p className={styles.lede}>{lede}</p>
      {children}
    </div>
  );
}
