import type { ComponentProps, ReactNode } from "react";
import { cx } from "./class-names";
import styles from "./button.module.css";

export type ButtonVariant = "primary" | "secondary" | "danger";
export type ButtonSize = "regular" | "small";

interface Look {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** A button's classes, for a link that looks like one ("Review" in the queue). */
export function buttonClassName({ variant = "primary", size = "regular" }: Look = {}, className?: string): string {
  return cx(styles.button, styles[variant], size === "small" && styles.small, className);
}

type ButtonProps = ComponentProps<"button"> &
  Look & {
    /** While the form's action runs: the button is disabled and says so (`pendingLabel`). */
    pending?: boolean;
    pendingLabel?: ReactNode;
  };

/** A button; `type` defaults to "button", so only a form's real submit sends it. */
export function Button({
  variant,
  size,
  pending = false,
  pendingLabel,
  className,
  disabled,
  type = "button",
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClassName({ variant, size }, className)}
      disabled={pending || disabled}
      {...rest}
    >
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}

/** A form's buttons side by side, and what is said about them (SaveFault, "Tick the figures to keep"). */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className={styles.row}>{children}</div>;
}
