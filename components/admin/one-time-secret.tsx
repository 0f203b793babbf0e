import type { ReactNode } from "react";
import styles from "./admin.module.css";

/**
 * A password, token or signing secret shown this once, under the form that made it: only a hash
 * of it is stored, so the admin copies it now or makes another.
 */
export function OneTimeSecret({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className={styles.oneTime} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}
