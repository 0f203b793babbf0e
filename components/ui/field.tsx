import { cloneElement, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { cx } from "./class-names";
import styles from "./field.module.css";
import { Optional } from "./optional";

export { Optional };

type Control = ReactElement<{ id?: string; "aria-invalid"?: boolean; "aria-describedby"?: string }>;

interface FieldProps {
  /** The control's id; its hint and error are `${id}-hint` and `${id}-error`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** Say the error at once: it comes without a submit (a file that cannot be read). */
  alert?: boolean;
  className?: string;
  /** One input, select or textarea: it is given the id and the error's wiring. */
  children: Control;
}

/** The ids a control is described by: its error first (what to fix), then its hint. */
export function describedBy(id: string, { error, hint }: { error?: string; hint?: unknown }): string | undefined {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * A label, an optional hint, the control, and the control's error right under it. The control
 * is marked invalid and described by its error and hint, so a screen reader says both.
 */
export function Field({ id, label, hint, error, optional, alert, className, children }: FieldProps) {
  return (
    <FieldFrame className={className}>
      <label htmlFor={id}>
        {label}
        {optional && <Optional />}
      </label>
      {hint && <FieldHint id={`${id}-hint`}>{hint}</FieldHint>}
      {cloneElement(children, {
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(id, { error, hint }),
      })}
      {error && (
        <FieldError id={`${id}-error`} role={alert ? "alert" : undefined}>
          {error}
        </FieldError>
      )}
    </FieldFrame>
  );
}

type InputFieldProps = Omit<FieldProps, "children" | "error"> &
  Omit<ComponentProps<"input">, "id" | "className"> & {
    name: string;
    /** The form's errors by field: this field shows `errors[name]`. */
    errors: Partial<Record<string, string>>;
  };

/** The common field: a Field around one input named `name`, showing that name's error. */
export function InputField({ id, label, hint, optional, alert, className, errors, ...input }: InputFieldProps) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      optional={optional}
      alert={alert}
      className={className}
      error={errors[input.name]}
    >
      <input type="text" {...input} />
    </Field>
  );
}

/** The field's box, for a control that lays out its own label (a search picker, a group of boxes). */
export function FieldFrame({ className, ...rest }: ComponentProps<"div">) {
  return <div className={cx(styles.field, className)} {...rest} />;
}

/** A muted line under a label: what to type, and how. */
export function FieldHint({ className, ...rest }: ComponentProps<"p">) {
  return <p className={cx(styles.hint, className)} {...rest} />;
}

/** What is wrong with a field, or with a one-button form, in the error colour. */
export function FieldError({ className, ...rest }: ComponentProps<"p">) {
  return <p className={cx(styles.error, className)} {...rest} />;
}

/** Fields side by side, their submit button level with the controls (a short form in a card). */
export function FieldRow({ className, ...rest }: ComponentProps<"div">) {
  return <div className={cx(styles.row, className)} {...rest} />;
}

/** A select's options: each value, said in words. */
export function Options<T extends string>({ values, label }: { values: readonly T[]; label: (value: T) => ReactNode }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
