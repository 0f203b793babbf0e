import { FieldError } from "@/components/ui/field";
import { cx } from "@/components/ui/class-names";
import styles from "./admin.module.css";

/** The answer under a row's controls: what went wrong (an alert), or what was done. */
export function RowOutcome({ id, error, done }: { id?: string; error: string | null; done: string | null }) {
  if (error) {
    return (
      <FieldError id={id} className={styles.outcome} role="alert">
        {error}
      </FieldError>
    );
  }
  if (done) {
    return (
      <p className={cx(styles.outcome, styles.done)} role="status">
        {done}
      </p>
    );
  }
  return null;
}
