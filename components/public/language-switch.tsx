"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import styles from "./language-switch.module.css";

/**
 * English / Français: a form with one button per language, so it works without JavaScript; the
 * page the reader is on goes with it so they come back to it in the other language.
 */
export function LanguageSwitch({
  current,
  label,
  names,
}: {
  current: Locale;
  label: string;
  names: Record<Locale, string>;
}) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const returnTo = query ? `${pathname}?${query}` : pathname;
  return (
    <form method="post" action="/language" className={styles.switch} aria-label={label}>
      <input type="hidden" name="returnTo" value={returnTo} />
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={styles.option}
        >
          {names[locale]}
        </button>
      ))}
    </form>
  );
}
