import type { ComponentProps, ElementType, ReactNode } from "react";
import { cx } from "./class-names";
import styles from "./card.module.css";

type CardProps<T extends ElementType> = { as?: T } & Omit<ComponentProps<T>, "as">;

/** A white box around one form or one piece of a page; `as` picks the element (a form, a fieldset). */
export function Card<T extends ElementType = "div">({ as, className, ...rest }: CardProps<T>) {
  const Element: ElementType = as ?? "div";
  return <Element className={cx(styles.card, className as string | undefined)} {...rest} />;
}

interface SectionProps {
  /** Names the heading, `${id}-heading`, which names the section. */
  id: string;
  title: ReactNode;
  /** A line under the heading: what the section holds, what its actions do. */
  hint?: ReactNode;
  /** In a card, for a section that is one form. */
  card?: boolean;
  children: ReactNode;
}

/** One section of a staff page: a heading, a line about it, and what it holds. */
export function Section({ id, title, hint, card = false, children }: SectionProps) {
  return (
    <section className={cx(styles.section, card && styles.card)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {hint && <PageHint>{hint}</PageHint>}
      {children}
    </section>
  );
}

/** A muted line that says what a page or a section holds. */
export function PageHint({ children }: { children: ReactNode }) {
  return <p className={styles.hint}>{children}</p>;
}
