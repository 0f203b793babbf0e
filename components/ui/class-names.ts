/** The class names given, the empty ones left out: `cx(styles.field, wide && styles.wide)`. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
