import type { ElementType, HTMLAttributes, Ref } from "react";
import { cx } from "./class-names";
import styles from "./notice.module.css";

interface NoticeProps extends HTMLAttributes<HTMLElement> {
  tone?: "neutral" | "error" | "success";
  /** A paragraph unless it holds more (a list, a quote). */
  as?: "p" | "div" | "section";
  ref?: Ref<HTMLElement>;
}

/**
 * Something the person should read: "Saved as your draft", "Some fields need attention". Its
 * role (status, alert, note) is the caller's: it depends on whether it answers what they did.
 */
export function Notice({ tone = "neutral", as = "p", className, ...rest }: NoticeProps) {
  const Element = as as ElementType;
  return <Element className={cx(styles.notice, tone !== "neutral" && styles[tone], className)} {...rest} />;
}
