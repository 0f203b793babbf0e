"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { LOCALES } from "@/lib/i18n/locale";
import { LANGUAGE_MESSAGES } from "@/lib/i18n/messages/language";
import styles from "./language-switch.module.css";

/**
 * English / Français: a form with one button per language, so it works without JavaScript; the
 * page the reader is on goes with it so they come back to it in the other language.
 */
export function LanguageSwitch() {
  const current = useLocale();
  const t = useMessages(LANGUAGE_MESSAGES);
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const returnTo = query ? `${pathname}?${query}` : pathname;
  return (
    <form method="post" action="/language" className={styles.switch} aria-label={t.label}>
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
          {t.names[locale]}
        </button>
      ))}
    </form>
  );
}
